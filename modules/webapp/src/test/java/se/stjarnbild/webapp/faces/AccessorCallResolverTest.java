package se.stjarnbild.webapp.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class AccessorCallResolverTest {

    /** A row as the lists show them. */
    public record Row(String title, int quotes) {

        public String shout(String word) {
            return word.toUpperCase();
        }

        public String broken() {
            throw new IllegalStateException("no title");
        }

        public static String helper() {
            return "static";
        }
    }

    private record Hidden(String title) {
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    private final AccessorCallResolver resolver = new AccessorCallResolver();

    @Test
    void callsARecordsAccessorAndSaysItResolvedIt() {
        Context context = new Context();
        Row row = new Row("Byns mejeri", 3);

        assertEquals("Byns mejeri", resolver.invoke(context, row, "title", null, new Object[0]));
        assertTrue(context.isPropertyResolved());
        Context again = new Context();
        assertEquals(3, resolver.invoke(again, row, "quotes", new Class<?>[0], null));
        assertTrue(again.isPropertyResolved());
        assertEquals("Fiskeplatsen", resolver.invoke(new Context(), new Row("Fiskeplatsen", 1), "title", null, null),
                "the cached method serves every row of the class");
    }

    @Test
    void leavesEverythingElseToTheNextResolver() {
        Row row = new Row("Lanthandeln", 2);
        for (Object[] call : new Object[][] {
            {row, "shout", new Object[] {"hej"}}, {row, "nothing", new Object[0]}, {row, "helper", new Object[0]},
            {new Hidden("dold"), "title", new Object[0]}, {null, "title", new Object[0]}, {row, 42, new Object[0]}}) {
            Context context = new Context();
            assertNull(resolver.invoke(context, call[0], call[1], null, (Object[]) call[2]));
            assertFalse(context.isPropertyResolved(), "not resolved: " + call[1]);
        }
    }

    @Test
    void anExceptionInTheCallComesBackAsTheELImplementationGivesIt() {
        ELException thrown = assertThrows(ELException.class,
                () -> resolver.invoke(new Context(), new Row("Trasig", 0), "broken", null, new Object[0]));
        assertEquals(IllegalStateException.class, thrown.getCause().getClass());
        assertEquals("no title", thrown.getCause().getMessage());
    }
}
