package dev.northstar.prioritization.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A score's breakdown as short lines a reader can check: each factor, then how they combine. */
final class Breakdowns {

    private Breakdowns() {}

    private static String quote(Object q) {
        String s = q == null ? "" : String.valueOf(q);
        return s.length() <= 80 ? s : s.substring(0, 79).stripTrailing() + "…";
    }

    static List<String> lines(String framework, Map<String, Object> b) {
        List<String> out = new ArrayList<>();
        if (b == null) {
            return out;
        }
        String f = framework.startsWith("scorecard-") ? "scorecard" : framework;
        switch (f) {
            case "rice" -> {
                out.add("Reach " + num(b.get("reach")) + " · Impact " + num(b.get("impact")) + " · Confidence "
                        + num(b.get("confidence")) + "% · Effort " + num(b.get("effort")) + " pm");
                out.add(String.valueOf(b.get("formula")));
            }
            case "ice" -> out.add("Impact × Confidence × Ease: " + b.get("formula"));
            case "wsjf" -> {
                out.add("Business value " + num(b.get("businessValue")) + " + time criticality "
                        + num(b.get("timeCriticality")) + " + risk reduction " + num(b.get("riskReduction"))
                        + " = cost of delay " + num(b.get("costOfDelay")));
                out.add("Cost of delay / job size: " + b.get("formula"));
            }
            case "value-effort" ->
                out.add("Value " + num(b.get("value")) + " / effort " + num(b.get("effort")) + " = "
                        + String.valueOf(b.get("formula")).replaceAll(".*= ", "") + " · " + b.get("quadrant"));
            case "evidence" -> {
                if (b.get("lines") instanceof List<?> lines) {
                    for (Object o : lines) {
                        if (o instanceof Map<?, ?> l) {
                            out.add("“" + quote(l.get("quote")) + "” " + l.get("importance") + " "
                                    + num(l.get("importanceWeight")) + " × customer " + num(l.get("customerWeight"))
                                    + " × decay " + num(l.get("decay")) + " (" + num(l.get("ageDays"))
                                    + " days) → " + num(l.get("contribution")));
                        }
                    }
                }
                out.add(String.valueOf(b.get("formula")));
            }
            case "moscow" -> out.add(String.valueOf(b.get("label")));
            case "kano" -> {
                StringBuilder s = new StringBuilder(String.valueOf(b.get("label"))).append(":");
                if (b.get("counts") instanceof Map<?, ?> counts) {
                    counts.forEach((k, v) ->
                            s.append(' ').append(k).append(' ').append(v).append(" ·"));
                    s.setLength(s.length() - 2);
                }
                s.append(" (").append(b.get("respondents")).append(" respondents)");
                out.add(s.toString());
            }
            case "scorecard" -> {
                if (b.get("drivers") instanceof List<?> drivers) {
                    for (Object o : drivers) {
                        if (o instanceof Map<?, ?> d) {
                            out.add(d.get("driver") + " " + num(d.get("value")) + " (" + d.get("scale") + ", weight "
                                    + num(d.get("weight")) + ") → " + num(d.get("contribution")));
                        }
                    }
                }
            }
            default -> b.forEach((k, v) -> out.add(k + " " + v));
        }
        return out;
    }

    static String num(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d)
                    .round(new MathContext(4))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return v == null ? "" : v.toString();
    }
}
