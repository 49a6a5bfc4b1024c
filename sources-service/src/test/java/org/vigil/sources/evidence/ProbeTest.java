package org.vigil.sources.evidence;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void dump() {
        Suggestions s = new Suggestions(GazetteerFixture.gazetteer());
        long t = System.nanoTime();
        var wiki = s.in(Seeds.WIKIPEDIA, null);
        System.out.println("TIME ms " + (System.nanoTime() - t) / 1_000_000);
        for (var x : wiki) {
            System.out.println("W " + x.property() + " " + x.value().low() + ".." + x.value().high() + " " + x.value().qualifier()
                    + " [" + x.value().words() + "] by " + x.value().estimatedBy() + " | " + (x.place() == null ? "-" : x.place().city() + "/" + x.place().countryCode())
                    + " | " + x.date() + " | Q: " + x.quote().exact() + " | P:" + x.quote().prefix().length() + " S:" + x.quote().suffix().length());
        }
        String fa = "روز شنبه ۲۵ بهمن ۱۴۰۴ بیش از ۲۵۰ هزار نفر در تجمع ایرانیان در مونیخ شرکت کردند. در لندن دست‌کم ۱۴ نفر بازداشت شدند.\nده‌ها هزار نفر در تورنتو راهپیمایی کردند. حدود ۳۰۰۰ نفر در ۲۲ بهمن در فسا تجمع کردند.";
        for (var x : s.in(fa, LocalDate.of(2026, 2, 20))) {
            System.out.println("F " + x.property() + " " + x.value().low() + ".." + x.value().high() + " " + x.value().qualifier()
                    + " [" + x.value().words() + "] | " + (x.place() == null ? "-" : x.place().city() + "/" + x.place().countryCode())
                    + " | " + x.date() + " | Q: " + x.quote().exact());
        }
        for (var x : s.in(Seeds.NEWS, LocalDate.of(2026, 2, 14))) {
            System.out.println("N " + x.property() + " " + x.value().low() + ".." + x.value().high() + " " + x.value().qualifier()
                    + " [" + x.value().words() + "] | " + (x.place() == null ? "-" : x.place().city() + "/" + x.place().countryCode())
                    + " | " + x.date() + " | Q: " + x.quote().exact());
        }
    }
}
