package org.cinplan.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class RecordAccessorResolverTest { // public, so its record is one a page could call

    /** A record as the services hand the pages. */
    public record Entry(String childName, Long episodeId) {
    }

    private final RecordAccessorResolver resolver = new RecordAccessorResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void callsARecordsAccessor() {
        Object value = resolver.invoke(context, new Entry("Ada Lovell", 42L), "childName", new Class<?>[0], new Object[0]);

        assertThat(value).isEqualTo("Ada Lovell");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesAnythingElseToTheOtherResolvers() {
        assertThat(resolver.invoke(context, "not a record", "length", new Class<?>[0], new Object[0])).isNull();
        assertThat(resolver.invoke(context, new Entry("Ada Lovell", 42L), "toString", new Class<?>[0], new Object[0]))
                .as("not an accessor").isNull();
        assertThat(resolver.invoke(context, new Entry("Ada Lovell", 42L), "childName", new Class<?>[]{int.class},
                new Object[]{1})).as("an accessor takes no arguments").isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }
}
