package org.vigil.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Envelope;

/** Issue 9: no constructor in contracts or test-support takes more than eight arguments in a row. */
class PositionalArgumentsTest {

    @Test
    void no_constructor_in_contracts_or_test_support_takes_more_than_eight_arguments() {
        assertEquals(List.of(), PositionalArguments.widerThan(8, Envelope.class, PositionalArguments.class));
    }

    @Test
    void counts_what_the_source_declares_not_an_enums_name_and_ordinal_or_an_inner_classs_outer_instance() {
        assertEquals(
                List.of(Nine.class.getName() + "(9)"), PositionalArguments.widerThan(8, PositionalArgumentsTest.class));
    }

    record Nine(int a, int b, int c, int d, int e, int f, int g, int h, int i) {}

    /** Eight declared, ten in the bytecode. */
    enum EightAsEnum {
        ONE(1, 2, 3, 4, 5, 6, 7, 8);

        EightAsEnum(int a, int b, int c, int d, int e, int f, int g, int h) {}
    }

    /** Eight declared, nine in the bytecode. */
    class EightAsInner {
        EightAsInner(int a, int b, int c, int d, int e, int f, int g, int h) {}
    }
}
