package org.vigil.events.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.claims.ActorType;
import org.vigil.contracts.claims.Coordinates;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlacePrecision;
import org.vigil.contracts.claims.PlaceScope;
import org.vigil.contracts.vocabulary.CountryCodes;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.events.record.CitedSource;
import org.vigil.events.record.EventActor;
import org.vigil.events.record.EventFields;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.Figure;
import org.vigil.events.record.FigureClaim;
import org.vigil.events.record.Figures;

/**
 * An event as the exports write it: its ACLED CSV line ({@link AcledCsv#row}) and its GeoJSON
 * Feature ({@link GeoJsonFeatureCollection#feature}). Rendered when the event is written and stored
 * beside it ({@code event.export_csv}, {@code export_feature}), so an export streams stored text
 * instead of reading every record back into an {@link EventRecord}.
 *
 * <p>A stored rendering is only as good as the rules it was rendered with, so each carries
 * {@link #RULES}, a fingerprint of those rules: the bytes of every class that decides what a line or
 * a feature says, and the JDK's version (country names come from its locale data). Any change to
 * them, a new ACLED coding, a renamed country, a new property, gives a new fingerprint; the exports
 * then render rows of an older one from their record as they go ({@code EventExports}), and
 * {@code ExportRenderings} renders them again in the background when the service starts. Nobody has
 * to remember to bump a version; a change that alters no output costs one background pass.
 */
public record ExportRendering(String csv, String feature) {

    /** The classes whose code decides what an export says about an event. */
    private static final List<Class<?>> RULE_CLASSES = List.of(
            ExportRendering.class,
            AcledCsv.class,
            AcledCoding.class,
            AcledCountry.class,
            CrowdSize.class,
            CsvCell.class,
            Demonstration.class,
            GeoJsonFeatureCollection.class,
            EventRecord.class,
            EventFields.class,
            Figure.class,
            Figures.class,
            FigureClaim.class,
            CitedSource.class,
            EventActor.class,
            Place.class,
            Coordinates.class,
            PlaceScope.class,
            PlacePrecision.class,
            ActorRole.class,
            ActorType.class,
            EdtfDate.class,
            EventKind.class,
            CountryCodes.class);

    /** The fingerprint of the rules the running code renders with (hex SHA-256, shortened). */
    public static final String RULES = fingerprint();

    public static ExportRendering of(EventRecord event) {
        return new ExportRendering(AcledCsv.row(event), GeoJsonFeatureCollection.feature(event));
    }

    private static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> rules : RULE_CLASSES) {
                digest.update(rules.getName().getBytes(StandardCharsets.UTF_8));
                digest.update(bytecode(rules));
                // nested classes (records, enums inside) are compiled apart and matter as much
                for (Class<?> nested : rules.getDeclaredClasses()) {
                    digest.update(bytecode(nested));
                }
            }
            digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytecode(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot read " + resource + " to fingerprint the export rules");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
