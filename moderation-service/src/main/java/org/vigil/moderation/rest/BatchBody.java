package org.vigil.moderation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.vigil.contracts.problem.FieldError;
import org.vigil.moderation.reports.BatchOutcome;
import org.vigil.moderation.reports.NewReport;
import org.vigil.moderation.reports.ReportBatch;
import org.vigil.problem.Problem;
import org.vigil.problem.ProblemException;
import org.vigil.problem.ProblemMappers;

/**
 * A batch as sent, read report by report: a JSON array or NDJSON (one report per line, blank lines
 * skipped). Each report is read and validated on its own, so that one that cannot be read or breaks
 * a bound is refused alone, with the problem a single {@code POST /reports} would answer. Only a
 * body that is not a batch at all (not an array, unreadable as a whole, empty, too many reports) is
 * refused as a whole.
 */
final class BatchBody {

    /** A report of the batch: its JSON as sent, and either the request read from it or why it was refused. */
    private record Entry(JsonNode sent, ReportRequest request, Problem refusal) {}

    private final List<Entry> entries;

    private BatchBody(List<Entry> entries) {
        this.entries = entries;
    }

    static BatchBody ofArray(String body, ObjectMapper json, Validator validator) {
        JsonNode array;
        try {
            array = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(problemOf(e));
        }
        if (array == null || !array.isArray()) {
            throw ProblemException.invalid(
                    "body", "a batch is a JSON array of reports, or NDJSON (application/x-ndjson)");
        }
        List<JsonNode> reports = new ArrayList<>();
        array.forEach(reports::add);
        checkSize(reports.size());
        return new BatchBody(
                reports.stream().map(report -> read(report, json, validator)).toList());
    }

    static BatchBody ofLines(String body, ObjectMapper json, Validator validator) {
        List<String> lines = body.lines().filter(line -> !line.isBlank()).toList();
        checkSize(lines.size());
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            try {
                entries.add(read(json.readTree(line), json, validator));
            } catch (JsonProcessingException e) {
                entries.add(new Entry(TextNode.valueOf(line), null, problemOf(e)));
            }
        }
        return new BatchBody(entries);
    }

    private static void checkSize(int reports) {
        if (reports == 0) {
            throw ProblemException.invalid("body", "a batch needs at least one report");
        }
        if (reports > ReportBatch.MAX_REPORTS) {
            throw ProblemException.invalid(
                    "body", "a batch holds at most " + ReportBatch.MAX_REPORTS + " reports; this one has " + reports);
        }
    }

    private static Entry read(JsonNode sent, ObjectMapper json, Validator validator) {
        if (sent == null || !sent.isObject()) {
            return new Entry(
                    sent,
                    null,
                    ProblemException.invalid("body", "a report is a JSON object")
                            .problem());
        }
        ReportRequest request;
        try {
            request = json.treeToValue(sent, ReportRequest.class);
        } catch (JsonProcessingException e) {
            return new Entry(sent, null, problemOf(e));
        }
        Set<ConstraintViolation<ReportRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            return new Entry(sent, null, ProblemException.invalid(errors).problem());
        }
        return new Entry(sent, request, null);
    }

    /** The same problem an unreadable single report gets, naming the field when Jackson knows it. */
    private static Problem problemOf(JsonProcessingException unreadable) {
        return (Problem) new ProblemMappers().unreadableJson(unreadable).getEntity();
    }

    /** The reports as sent, for telling a retry from a different batch. */
    List<JsonNode> sent() {
        return entries.stream().map(Entry::sent).toList();
    }

    /** The reports that passed every check of their own, in order, for {@link ReportBatch}. */
    List<NewReport> readable() {
        return entries.stream()
                .filter(entry -> entry.request() != null)
                .map(entry -> entry.request().toReport())
                .toList();
    }

    /** Every report's answer in the order sent: its refusal here, else its outcome from {@code outcomes} (one per readable report). */
    BatchAnswer answer(List<BatchOutcome> outcomes) {
        List<BatchAnswer.Item> items = new ArrayList<>();
        int next = 0;
        for (int index = 0; index < entries.size(); index++) {
            Entry entry = entries.get(index);
            if (entry.refusal() != null) {
                items.add(BatchAnswer.Item.refused(index, entry.refusal()));
                continue;
            }
            BatchOutcome outcome = outcomes.get(next++);
            items.add(
                    outcome.accepted() != null
                            ? BatchAnswer.Item.accepted(index, ReportAccepted.of(outcome.accepted()))
                            : BatchAnswer.Item.refused(index, outcome.refused()));
        }
        return BatchAnswer.of(items);
    }
}
