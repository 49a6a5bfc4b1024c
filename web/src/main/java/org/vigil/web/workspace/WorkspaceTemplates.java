package org.vigil.web.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.vigil.web.page.Page;

/**
 * The workspace pages, one template each under {@code templates/}. Each method's parameters are its
 * template's parameter declarations (Qute adds them), so the templates do not repeat them.
 */
@CheckedTemplate
final class WorkspaceTemplates {

    private WorkspaceTemplates() {}

    static native TemplateInstance myReports(Page page, Who who, MyReports reports, String csrf, Boolean sent);

    static native TemplateInstance queue(Page page, Who who, QueueClaim.Page claims, ModerationPage.QueueFilter filter);

    static native TemplateInstance claim(
            Page page,
            Who who,
            ModerationPage.ClaimView view,
            FieldErrors errors,
            String reason,
            String csrf,
            String act);

    static native TemplateInstance report(
            Page page,
            Who who,
            ReportForm form,
            java.util.List<Suggestion> suggestions,
            FieldErrors errors,
            String csrf);

    static native TemplateInstance reportSource(
            Page page, Who who, SourceForm form, SourceSearch search, FieldErrors errors, String csrf);

    static native TemplateInstance revise(
            Page page,
            Who who,
            MyReports.Claim claim,
            RevisionForm form,
            FieldErrors errors,
            String csrf,
            String action);

    static native TemplateInstance merge(
            Page page, Who who, ModerationPage.MergeForm form, FieldErrors errors, String csrf);

    static native TemplateInstance admin(
            Page page,
            Who who,
            AuditCheck audit,
            java.util.List<Publisher> publishers,
            FieldErrors errors,
            Boolean rated,
            String csrf);
}
