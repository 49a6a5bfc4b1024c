package org.vigil.moderation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.vigil.problem.Problem;

/**
 * The answer to a batch (always 200): how many reports were accepted and refused, and per report,
 * in the order sent, its {@code index} (from 0) and {@code status} with either the 202 body a single
 * submission would answer ({@code report}) or its problem details ({@code problem}).
 */
public record BatchAnswer(int accepted, int refused, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int status, ReportAccepted report, Problem problem) {

        static Item accepted(int index, ReportAccepted report) {
            return new Item(index, 202, report, null);
        }

        static Item refused(int index, Problem problem) {
            return new Item(index, problem.status(), null, problem);
        }
    }

    static BatchAnswer of(List<Item> items) {
        int accepted =
                (int) items.stream().filter(item -> item.report() != null).count();
        return new BatchAnswer(accepted, items.size() - accepted, items);
    }
}
