package dev.northstar.strategy.web;

import java.math.BigDecimal;

/** Numbers as people write them: 12 rather than 12.0, 0.35 rather than 3.5E-1. Used by templates as {@code numbers}. */
public final class Numbers {

    static String plain(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** The value with its unit: "4.5 %" becomes "4.5%", "1200 EUR" stays spaced. */
    public String format(double value, String unit) {
        String n = plain(value);
        if (unit == null) {
            return n;
        }
        return unit.equals("%") ? n + "%" : n + " " + unit;
    }
}
