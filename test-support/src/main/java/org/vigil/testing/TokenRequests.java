package org.vigil.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSender;

/** Requests to the service under test as the holder of a bearer token sends them, with a JSON body where there is one. */
public final class TokenRequests {

    private TokenRequests() {}

    public static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    public static ValidatableResponse post(String token, String path, String jsonBody) {
        return withJson(token, jsonBody).post(path).then();
    }

    public static ValidatableResponse put(String token, String path, String jsonBody) {
        return withJson(token, jsonBody).put(path).then();
    }

    private static RequestSender withJson(String token, String jsonBody) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(jsonBody)
                .when();
    }
}
