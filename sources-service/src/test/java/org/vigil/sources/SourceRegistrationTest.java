package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TestIdentityProvider;

@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class SourceRegistrationTest {

    @Test
    void aNewSourceIsCreatedWithItsHashAndPublisher() {
        register(contributor(), source("https://www.example.org/news/" + UUID.randomUUID(), unique(MUNICH)))
                .statusCode(201)
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("version", equalTo(1))
                .body("sha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("publisher.domain", equalTo("example.org"))
                .body("publisher.rating", equalTo("unrated"));
    }

    @Test
    void theSameUrlUnderTrackingParametersAndAnotherCaseIsOneSource() {
        String path = "/wiki/" + UUID.randomUUID();
        String text = unique(MUNICH);
        String id = registerNew("https://en.wikipedia.org" + path, text);
        register(contributor(), source("HTTPS://EN.Wikipedia.org:443" + path + "?utm_source=tw#section", text))
                .statusCode(200)
                .body("id", equalTo(id))
                .body("url", equalTo("https://en.wikipedia.org" + path));
    }

    @Test
    void theSameTextUnderAnotherUrlIsOneSource() {
        String text = unique(MUNICH);
        String id = registerNew("https://a.example/" + UUID.randomUUID(), text);
        register(contributor(), source("https://b.example/" + UUID.randomUUID(), text))
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void aDifferentTextForAKnownUrlBecomesItsNextVersionAndBothStay() {
        String url = "https://news.example/" + UUID.randomUUID();
        String id = registerNew(url, unique(MUNICH));
        register(contributor(), source(url, unique("The page was rewritten upstream.")))
                .statusCode(201)
                .body("id", equalTo(id))
                .body("version", equalTo(2));
        readSource(moderator(), id).statusCode(200).body("versions", hasSize(2)).body("version", equalTo(2));
        readSource(moderator(), id + "?version=1")
                .statusCode(200)
                .body("text", org.hamcrest.Matchers.startsWith(MUNICH));
    }

    @Test
    void onlyWebUrlsAreAccepted() {
        register(contributor(), source("file:///etc/passwd", unique(MUNICH)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("url"));
    }

    @Test
    void aUrlLongerThan2048CharactersIsRefused() {
        String url = "https://long.example/" + UUID.randomUUID() + "/";
        register(contributor(), source(url + "a".repeat(2049 - url.length()), unique(MUNICH)))
                .statusCode(400)
                .body("errors.field", hasItem("url"));
    }

    @Test
    void aTextOverTheLimitIsA413() {
        register(contributor(), source("https://big.example/" + UUID.randomUUID(), "x".repeat(2_000_001)))
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void thePublicSeesMetadataButNotThePreservedText() {
        String id = registerNew("https://public.example/" + UUID.randomUUID(), unique(MUNICH));
        readSource(gateway(), id)
                .statusCode(200)
                .body("title", equalTo("A title"))
                .body("text", nullValue())
                .body("quotes", hasSize(0));
    }

    @Test
    void aModeratorSeesThePreservedTextAndItsHash() {
        String text = unique(MUNICH);
        String id = registerNew("https://mod.example/" + UUID.randomUUID(), text);
        readSource(moderator(), id).statusCode(200).body("text", equalTo(text)).body("sha256", notNullValue());
    }

    @Test
    void aContributorSeesThePreservedTextAndHashOfTheVersionAskedFor() {
        String url = "https://contributor.example/" + UUID.randomUUID();
        String first = unique(MUNICH);
        String id = registerNew(url, first);
        register(contributor(), source(url, unique(MUNICH))).statusCode(201);
        String firstHash = readSource(moderator(), id + "?version=1").extract().path("sha256");

        readSource(contributor(), id + "?version=1")
                .statusCode(200)
                .body("version", equalTo(1))
                .body("text", equalTo(first))
                .body("sha256", equalTo(firstHash));
    }

    @Test
    void aPartnerSeesMetadataButNotThePreservedText() {
        String id = registerNew("https://partner.example/" + UUID.randomUUID(), unique(MUNICH));
        String partner = TestIdentityProvider.start().clientToken("partner-newsroom", Set.of("reports:write"));
        readSource(partner, id)
                .statusCode(200)
                .body("title", equalTo("A title"))
                .body("text", nullValue());
    }

    @Test
    void anUnknownSourceIsA404Problem() {
        readSource(moderator(), UUID.randomUUID().toString()).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheServiceAnswers401() {
        given().when().get("/api/v1/sources/" + UUID.randomUUID()).then().statusCode(401);
    }
}
