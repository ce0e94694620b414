package org.entente.app;

import org.entente.core.PartialDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a date option given as YYYY, YYYY-MM or YYYY-MM-DD. */
final class DateOption implements ITypeConverter<PartialDate> {
    @Override
    public PartialDate convert(String value) {
        try {
            return PartialDate.parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
}
