package org.vigil.sources.url;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublisherDomainTest {

    @ParameterizedTest(name = "{0} is published by {1}")
    @CsvSource({
        "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests, wikipedia.org",
        "https://fa.m.wikipedia.org/wiki/x, wikipedia.org",
        "https://www.bbc.co.uk/news/world, bbc.co.uk",
        "https://www.aljazeera.com/news, aljazeera.com",
        "https://www.theguardian.com/world, theguardian.com",
        "https://www.abc.net.au/news, abc.net.au",
        "https://someone.github.io/post, someone.github.io",
        "https://github.io/, github.io",
        "https://s3-eu-west-1.amazonaws.com/bucket/doc, s3-eu-west-1.amazonaws.com",
        "https://xn--bcher-kva.de/, xn--bcher-kva.de",
        "http://93.184.215.14/page, 93.184.215.14",
        "http://[2606:4700::1111]/page, [2606:4700::1111]"
    })
    void thePublisherIsTheRegistrableDomain(String url, String domain) {
        assertEquals(domain, PublisherDomain.of(SourceUrl.parse(url)).domain());
    }
}
