package org.vigil.events.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class ReceiverUrlTest {

    /** A resolver with fixed answers, standing in for DNS. */
    private static ReceiverUrl.Resolver answering(String... literals) {
        return host -> {
            InetAddress[] addresses = new InetAddress[literals.length];
            for (int i = 0; i < literals.length; i++) {
                addresses[i] = InetAddress.getByName(literals[i]);
            }
            return addresses;
        };
    }

    @Test
    void httpsIsRequiredWithoutTheLoopbackSetting() {
        ReceiverUrl.Refused refused =
                assertThrows(ReceiverUrl.Refused.class, () -> ReceiverUrl.parse("http://127.0.0.1:9000/hook", false));
        assertEquals("must be an https URL", refused.getMessage());
        assertThrows(ReceiverUrl.Refused.class, () -> ReceiverUrl.parse("ftp://example.org/hook", true));
    }

    @Test
    void theLoopbackSettingAllowsPlainHttpOnlyToLoopback() {
        ReceiverUrl local = ReceiverUrl.parse("http://127.0.0.1:9000/hook?x=1", true);
        assertEquals("/hook?x=1", local.target());
        assertEquals(9000, local.port());
        assertEquals(InetAddress.getLoopbackAddress(), local.vet(answering("127.0.0.1"), true));

        ReceiverUrl remote = ReceiverUrl.parse("http://partner.example/hook", true);
        assertThrows(ReceiverUrl.Refused.class, () -> remote.vet(answering("93.184.215.14"), true));
    }

    @Test
    void loopbackIsRefusedWithoutTheSettingEvenOverHttps() {
        ReceiverUrl url = ReceiverUrl.parse("https://localhost/hook", false);
        assertThrows(ReceiverUrl.Refused.class, () -> url.vet(answering("127.0.0.1"), false));
    }

    @Test
    void everyAddressANameResolvesToMustBeAllowed() throws UnknownHostException {
        ReceiverUrl url = ReceiverUrl.parse("https://partner.example/hook", false);
        ReceiverUrl.Refused refused = assertThrows(
                ReceiverUrl.Refused.class, () -> url.vet(answering("93.184.215.14", "169.254.169.254"), false));
        assertTrue(refused.getMessage().contains("cloud metadata"), refused.getMessage());
        assertEquals(InetAddress.getByName("93.184.215.14"), url.vet(answering("93.184.215.14"), false));
    }

    @Test
    void ipLiteralsAreCheckedLikeNames() {
        for (String literal : new String[] {
            "https://10.0.0.1/",
            "https://[::ffff:10.0.0.1]/",
            "https://[fd00:ec2::254]/",
            "https://100.64.0.1/",
            "https://[::]/"
        }) {
            ReceiverUrl url = ReceiverUrl.parse(literal, false);
            assertThrows(ReceiverUrl.Refused.class, () -> url.vet(InetAddress::getAllByName, false), literal);
        }
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        ReceiverUrl url = ReceiverUrl.parse("https://nowhere.invalid/hook", false);
        assertThrows(
                ReceiverUrl.Refused.class,
                () -> url.vet(
                        host -> {
                            throw new UnknownHostException(host);
                        },
                        false));
    }

    @Test
    void userInfoAndFragmentsAreRefused() {
        assertThrows(ReceiverUrl.Refused.class, () -> ReceiverUrl.parse("https://user:pw@partner.example/hook", false));
        assertThrows(ReceiverUrl.Refused.class, () -> ReceiverUrl.parse("https://partner.example/hook#x", false));
        assertThrows(ReceiverUrl.Refused.class, () -> ReceiverUrl.parse("not a url", false));
    }
}
