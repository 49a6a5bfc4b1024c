package org.vigil.web.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The pages, one template each under {@code templates/}; the frame and shared parts are tags. */
@CheckedTemplate
final class Templates {

    private Templates() {}

    static native TemplateInstance home(Page page, HomeView view);

    static native TemplateInstance event(Page page, EventView view);

    static native TemplateInstance notFound(Page page);

    static native TemplateInstance problem(Page page, ProblemView problem);

    static native TemplateInstance problems(Page page, List<ProblemView> problems);

    static native TemplateInstance unavailable(Page page);
}
