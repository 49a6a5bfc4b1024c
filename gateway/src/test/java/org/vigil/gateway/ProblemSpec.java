package org.vigil.gateway;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every problem the gateway answers with carries (RFC 9457): its status, media type and type. */
final class ProblemSpec {

    private ProblemSpec() {}

    /** A problem with this status whose type is {@code https://vigil.example/problems/<slug>}. */
    static ResponseSpecification problem(int status, String slug) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType("application/problem+json")
                .expectBody("type", equalTo("https://vigil.example/problems/" + slug))
                .build();
    }
}
