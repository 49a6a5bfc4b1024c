package org.vigil.web.workspace;

/** A workspace form arrived without the token of the page it should have come from. */
public class CrossSiteRequestRefused extends RuntimeException {

    public CrossSiteRequestRefused() {
        super("a form arrived without its page's token");
    }
}
