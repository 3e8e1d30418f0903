package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading score inputs from a JSON body or a form (numbers may arrive as text), naming the field at fault. */
final class Inputs {

    private Inputs() {}

    static double number(Map<String, ?> body, String field, String label) {
        Object v = body.get(field);
        if (v == null || (v instanceof String s && s.isBlank())) {
            throw new InvalidInputException(field, label + " is required");
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            double d = Double.parseDouble(v.toString().strip().replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, label + " must be a number, not '" + v + "'");
        }
    }

    static int whole(Map<String, ?> body, String field, String label) {
        double d = number(body, field, label);
        if (d != Math.rint(d) || Math.abs(d) > 1e9) {
            throw new InvalidInputException(field, label + " must be a whole number");
        }
        return (int) d;
    }

    static String text(Map<String, ?> body, String field) {
        Object v = body.get(field);
        return v == null ? null : v.toString().strip();
    }

    /** 4000.0 as 4000, 0.5 as 0.5: numbers as people write them. */
    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal b = BigDecimal.valueOf(d).round(new java.math.MathContext(6)).stripTrailingZeros();
        return b.toPlainString();
    }

    static String list(List<Double> values) {
        return values.stream().map(Inputs::format).collect(Collectors.joining(", "));
    }

    static boolean finite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    static double round(double d) {
        return Math.round(d * 10000.0) / 10000.0;
    }
}
