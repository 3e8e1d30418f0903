package dev.northstar.discovery;

import java.math.BigDecimal;

/** Who gave a piece of feedback: every part is optional. */
public record Customer(String name, String company, String segment, String plan, BigDecimal revenue) {

    public static final Customer NONE = new Customer(null, null, null, null, null);

    public Customer {
        name = clean(name);
        company = clean(company);
        segment = clean(segment);
        plan = clean(plan);
    }

    public boolean isEmpty() {
        return name == null && company == null && segment == null && plan == null && revenue == null;
    }

    /** "Name, Company" or whichever of the two is known. */
    public String display() {
        if (name != null && company != null) {
            return name + ", " + company;
        }
        return name != null ? name : company;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
