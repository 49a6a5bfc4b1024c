package org.vigil.web;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** The reader's side: a public page as a browser asking for a language gets it. */
final class PublicPage {

    private PublicPage() {}

    /** The page at {@code path} for a browser sending {@code acceptLanguage}, answered 200. */
    static ValidatableResponse read(String acceptLanguage, String path) {
        return given().header("Accept-Language", acceptLanguage)
                .when()
                .get(path)
                .then()
                .statusCode(200);
    }

    /** The page of the event {@code id}, as {@link #read} answers it. */
    static ValidatableResponse event(String acceptLanguage, String id) {
        return read(acceptLanguage, "/events/" + id);
    }
}
