package org.vigil.sources.url;

import com.google.common.net.InternetDomainName;
import java.util.Objects;

/**
 * The registrable domain a publisher is known by (docs/product.md §2, Publisher; issue 3, point 4):
 * {@code en.wikipedia.org} and {@code de.m.wikipedia.org} are both {@code wikipedia.org},
 * {@code www.bbc.co.uk} is {@code bbc.co.uk}.
 *
 * <p>The registrable domain comes from the Public Suffix List as Guava embeds it, private
 * section included: {@code someone.github.io} and {@code someone.blogspot.com} stay whole,
 * because each is a different publisher on a shared host. A host that is itself a public suffix,
 * or an IP address, is its own publisher domain.
 */
public record PublisherDomain(String domain) {

    public PublisherDomain {
        Objects.requireNonNull(domain, "domain");
    }

    /** The publisher domain of a source's normalised URL. */
    public static PublisherDomain of(SourceUrl url) {
        String host = url.host();
        if (host.startsWith("[") || !InternetDomainName.isValid(host)) {
            return new PublisherDomain(host); // an IP address or a name outside the DNS rules
        }
        InternetDomainName name = InternetDomainName.from(host);
        // topPrivateDomain() throws for a host that is itself a public suffix (Guava #7151)
        return new PublisherDomain(
                name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : host);
    }

    @Override
    public String toString() {
        return domain;
    }
}
