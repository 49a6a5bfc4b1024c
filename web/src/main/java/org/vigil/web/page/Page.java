package org.vigil.web.page;

import org.vigil.web.i18n.Language;

/**
 * What every page's frame needs: its language and direction, and where the language switch
 * leads (the same page in the other language).
 */
public record Page(Language language, String switchLanguageUrl) {

    public String lang() {
        return language.tag();
    }

    public String dir() {
        return language.dir();
    }
}
