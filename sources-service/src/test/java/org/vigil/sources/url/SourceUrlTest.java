package org.vigil.sources.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceUrlTest {

    private static String normalised(String raw) {
        return SourceUrl.parse(raw).value();
    }

    @Nested
    class SchemeAndHost {

        @Test
        void schemeAndHostAreLowerCase() {
            assertEquals("https://en.wikipedia.org/wiki/Iran", normalised("HTTPS://EN.Wikipedia.ORG/wiki/Iran"));
        }

        @Test
        void theCaseOfThePathIsKept() {
            assertEquals("https://example.org/Wiki/A", normalised("https://example.org/Wiki/A"));
        }

        @Test
        void anInternationalHostIsWrittenInPunycode() {
            assertEquals("https://xn--bcher-kva.de/", normalised("https://Bücher.de"));
        }

        @Test
        void aTrailingDotOnTheHostIsDropped() {
            assertEquals("https://www.bbc.co.uk/news", normalised("https://www.bbc.co.uk./news"));
        }

        @ParameterizedTest
        @CsvSource({
            "http://example.org:80/a, http://example.org/a",
            "https://example.org:443/a, https://example.org/a",
            "https://example.org:8443/a, https://example.org:8443/a",
            "http://example.org:443/a, http://example.org:443/a"
        })
        void defaultPortsAreDropped(String raw, String expected) {
            assertEquals(expected, normalised(raw));
        }

        @Test
        void numericHostsAreWrittenInTheirCanonicalForm() {
            assertEquals("http://127.0.0.1/", normalised("http://0x7f.1"));
            assertEquals("http://[2001:db8::1]/", normalised("http://[2001:DB8:0:0:0:0:0:1]"));
        }
    }

    @Nested
    class PathAndQuery {

        @Test
        void anEmptyPathBecomesASlash() {
            assertEquals("https://example.org/", normalised("https://example.org"));
            assertEquals("https://example.org/?a=1", normalised("https://example.org?a=1"));
        }

        @Test
        void dotSegmentsAreResolved() {
            assertEquals("https://example.org/a/c/", normalised("https://example.org/a/./b/../c/"));
            assertEquals("https://example.org/c", normalised("https://example.org/../../c"));
            assertEquals("https://example.org/a/", normalised("https://example.org/a/b/%2E%2E"));
        }

        @Test
        void theFragmentIsDropped() {
            assertEquals(
                    "https://en.wikipedia.org/wiki/Iran", normalised("https://en.wikipedia.org/wiki/Iran#History"));
        }

        @Test
        void percentEncodingIsCanonical() {
            assertEquals("https://example.org/~a%2Fb%C3%A9", normalised("https://example.org/%7Ea%2fb%c3%a9"));
        }

        @Test
        void rawSpacesAndNonAsciiAreEncodedAsUtf8() {
            assertEquals(
                    "https://fa.wikipedia.org/wiki/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86%20x",
                    normalised("https://fa.wikipedia.org/wiki/ایران x"));
        }

        @Test
        void trackingParametersAreDropped() {
            assertEquals(
                    "https://example.org/a?id=7",
                    normalised(
                            "https://example.org/a?utm_source=x&UTM_Campaign=y&id=7&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref_src=twsrc"));
        }

        @Test
        void aQueryOfOnlyTrackingParametersDisappears() {
            assertEquals("https://example.org/a", normalised("https://example.org/a?utm_medium=social&"));
        }

        @Test
        void theRemainingParametersAreSortedByNameThenValue() {
            assertEquals(
                    "https://example.org/s?a=2&a=3&b=1&q=iran+rally",
                    normalised("https://example.org/s?q=iran+rally&b=1&a=3&a=2"));
        }

        @Test
        void twoSpellingsOfOnePageAreOneSource() {
            assertEquals(
                    SourceUrl.parse("HTTPS://www.Example.org:443/a/../news?utm_source=tw&id=1#top"),
                    SourceUrl.parse("https://www.example.org/news?id=1"));
        }

        @Test
        void aBackslashIsReadAsASlashAsBrowsersDo() {
            assertEquals("https://example.org/a/b", normalised("https:\\\\example.org\\a\\b"));
        }
    }

    @Nested
    class WhatItRefuses {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "ftp://example.org/a",
                    "javascript:alert(1)",
                    "file:///etc/passwd",
                    "data:text/html,hi",
                    "mailto:a@example.org"
                })
        void onlyHttpAndHttpsAreAccepted(String raw) {
            InvalidSourceUrlException e = assertThrows(InvalidSourceUrlException.class, () -> SourceUrl.parse(raw));
            assertTrue(e.getMessage().startsWith("only http and https URLs can be sources"), e.getMessage());
        }

        @Test
        void credentialsInTheUrlAreRefused() {
            assertThrows(InvalidSourceUrlException.class, () -> SourceUrl.parse("https://bbc.co.uk@evil.example/"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "  ",
                    "example.org/a",
                    "https:example.org",
                    "https://",
                    "https://:80/",
                    "https://exa mple.org/",
                    "https://example.org:99999/",
                    "https://example.org:8o/",
                    "https://[::1/",
                    "https://1.2.3.999/"
                })
        void malformedUrlsAreRefusedWithAClearMessage(String raw) {
            InvalidSourceUrlException e = assertThrows(InvalidSourceUrlException.class, () -> SourceUrl.parse(raw));
            assertTrue(!e.getMessage().isBlank());
        }

        @Test
        void aUrlLongerThanTheLimitIsRefused() {
            String raw = "https://example.org/" + "a".repeat(SourceUrl.MAX_LENGTH);
            assertThrows(InvalidSourceUrlException.class, () -> SourceUrl.parse(raw));
        }
    }
}
