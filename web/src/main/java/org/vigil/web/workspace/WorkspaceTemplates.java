package org.vigil.web.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.vigil.web.page.Page;

/** The workspace pages, one template each under {@code templates/}. */
@CheckedTemplate
final class WorkspaceTemplates {

    private WorkspaceTemplates() {}

    static native TemplateInstance myReports(Page page, MyReports reports, String csrf, Boolean sent);

    static native TemplateInstance queue(Page page, QueueClaim.Page claims, ModerationPage.QueueFilter filter);

    static native TemplateInstance claim(
            Page page, ModerationPage.ClaimView view, FieldErrors errors, String reason, String csrf);

    static native TemplateInstance report(Page page, ReportForm form, FieldErrors errors, String csrf);
}
