package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The workspaces in Persian: counts, versions and dates in Persian digits, the record's values
 * (qualifiers, estimators, quote checks) in Persian words, never the API's English names.
 */
@QuarkusTest
class PersianWorkspaceTest {

    private static String persian(String path) {
        return SignedIn.page(path + (path.contains("?") ? "&" : "?") + "lang=fa");
    }

    @Test
    void theQueueCountsApprovalsInPersianDigits() {
        String html = persian("/moderation");
        assertTrue(html.contains("۰ از ۱ تأیید"), "approvals so far and needed");
        assertFalse(html.contains("0 از 1"));
    }

    @Test
    void aFiguresQualifierAndEstimatorAreWordsNotTheApisNames() {
        String html = persian("/moderation");
        assertTrue(html.contains("دست‌کم ۲۵۰"), "at least 250,000, in Persian");
        assertTrue(html.contains("برآورد از: رسانه‌ها"), "estimated by the media");
        assertFalse(html.contains("qualifier"));
        assertFalse(html.contains("at_least"));
        assertFalse(html.contains("estimatedBy"));
    }

    @Test
    void aPlacesNamesAreSeparatedByPersianCommas() {
        String html = persian("/moderation");
        assertTrue(html.contains("Munich، آلمان"), "city and country");
        assertFalse(html.contains("Munich, "));
    }

    @Test
    void theQuoteCheckAndItsOccurrencesAreSaidInPersian() {
        String html = persian("/moderation/claims/" + ModerationStandIn.CLAIM);
        assertTrue(html.contains("نقل‌قول بیش از یک بار آمده است"), "the check's outcome in words");
        assertTrue(html.contains("۲ بار یافت شد"), "how often, in Persian digits");
        assertFalse(html.contains("ambiguous"));
    }

    @Test
    void theAuditChainsLengthIsInPersianDigits() {
        assertTrue(persian("/admin").contains("۴۲ مدخل"));
    }

    @Test
    void aRegisteredSourcesVersionAndWhatItsTextSuggestsAreInPersianDigits() {
        String html = persian("/report?source=" + ModerationStandIn.SOURCE);
        assertTrue(html.contains("نسخهٔ ۲"), "its version");
        assertFalse(html.contains("نسخهٔ 2"));
        assertTrue(html.contains("۲۵۰"), "the suggested figure");
        assertTrue(
                html.contains("name=\"sourceVersion\" value=\"2\""), "what the form sends stays as the API reads it");
    }

    @Test
    void aFoundSourcesRegistrationIsAPersianDate() {
        String html = persian("/report?q=munich");
        assertTrue(html.contains("ثبت‌شده در ۱۵ "), html.substring(html.indexOf("data-source-pick")));
        assertFalse(html.contains("2026-02-15"));
    }

    @Test
    void aServicesReasonForRefusingAValueIsIntroducedInPersian() {
        String html = SignedIn.fromThePage("/report")
                .header("Accept-Language", "fa")
                .formParam("url", "ftp:nowhere")
                .formParam("text", "A text")
                .when()
                .post("/report/source?lang=fa")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(
                html.contains(
                        "این مقدار پذیرفته نشد. دلیل، به زبان انگلیسی: <bdi lang=\"en\" dir=\"ltr\">must be an http(s) URL"),
                "the reason, in the services' English, after a Persian lead-in");
    }
}
