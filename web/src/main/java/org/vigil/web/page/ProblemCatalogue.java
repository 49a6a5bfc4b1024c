package org.vigil.web.page;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.web.i18n.Language;

/**
 * What each problem type the API answers with means and what a client should do about it, in both
 * languages: the text of the pages {@code /problems/<slug>}, read from
 * {@code problems/<language>.properties}. The types themselves are the API's one list
 * ({@link ProblemType}); a type without its text in either language stops the app from starting,
 * so no type URI leads to a page that says nothing.
 */
@Singleton
public class ProblemCatalogue {

    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    public ProblemCatalogue() {
        for (Language language : Language.values()) {
            texts.put(language, read("problems/" + language.tag() + ".properties"));
        }
        List<String> missing = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            for (Language language : Language.values()) {
                for (String part :
                        language == Language.EN ? List.of("means", "todo") : List.of("title", "means", "todo")) {
                    String text = texts.get(language).getProperty(type.slug() + "." + part);
                    if (text == null || text.isBlank()) {
                        missing.add(language.tag() + ": " + type.slug() + "." + part);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("problem types without a description: " + missing);
        }
    }

    /** The page's content for one type, named by its URI under the deployment's public URL. */
    public ProblemView describe(ProblemType type, Language language, String publicUrl) {
        Properties text = texts.get(language);
        return new ProblemView(
                type.slug(),
                type.uri(publicUrl).toString(),
                language == Language.EN ? type.title() : text.getProperty(type.slug() + ".title"),
                type.status(),
                text.getProperty(type.slug() + ".means"),
                text.getProperty(type.slug() + ".todo"));
    }

    /** Every type, by status and then as the API's list has them. */
    public List<ProblemView> all(Language language, String publicUrl) {
        List<ProblemView> all = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            all.add(describe(type, language, publicUrl));
        }
        all.sort((a, b) -> Integer.compare(a.status(), b.status()));
        return all;
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
