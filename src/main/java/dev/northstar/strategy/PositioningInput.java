package dev.northstar.strategy;

import dev.northstar.common.Checks;

/**
 * Geoffrey Moore's positioning statement in parts: For [target customer] who [need], [product] is a
 * [category] that [key benefit]. Unlike [alternative], our product [differentiation].
 */
public record PositioningInput(
        String targetCustomer,
        String need,
        String productName,
        String category,
        String keyBenefit,
        String alternative,
        String differentiation) {

    public static final int MAX_PART = 500;
    public static final int MAX_NAME = 200;

    public PositioningInput {
        targetCustomer = part(targetCustomer);
        need = part(need);
        productName = part(productName);
        category = part(category);
        keyBenefit = part(keyBenefit);
        alternative = part(alternative);
        differentiation = part(differentiation);
        Checks.start()
                .maxLength(targetCustomer, MAX_PART, "targetCustomer", "Target customer")
                .maxLength(need, MAX_PART, "need", "Need")
                .maxLength(productName, MAX_NAME, "productName", "Product name")
                .maxLength(category, MAX_NAME, "category", "Category")
                .maxLength(keyBenefit, MAX_PART, "keyBenefit", "Key benefit")
                .maxLength(alternative, MAX_PART, "alternative", "Alternative")
                .maxLength(differentiation, MAX_PART, "differentiation", "Differentiation")
                .orThrow();
    }

    /** A part without the full stop or comma someone typed at its end, since the sentence supplies its own. */
    private static String part(String value) {
        String v = Checks.trimToNull(value);
        while (v != null && (v.endsWith(".") || v.endsWith(","))) {
            v = Checks.trimToNull(v.substring(0, v.length() - 1));
        }
        return v;
    }

    public boolean isEmpty() {
        return targetCustomer == null
                && need == null
                && productName == null
                && category == null
                && keyBenefit == null
                && alternative == null
                && differentiation == null;
    }

    /**
     * The statement as one sentence pair; a missing part shows as its bracketed name so the gap is
     * visible. Null when every part is empty.
     */
    public String sentence() {
        if (isEmpty()) {
            return null;
        }
        String cat = or(category, "[category]");
        String article = cat.matches("(?i)^[aeiou].*") ? "an" : "a";
        return "For " + or(targetCustomer, "[target customer]") + " who " + or(need, "[need]") + ", "
                + or(productName, "[product]") + " is " + article + " " + cat + " that "
                + or(keyBenefit, "[key benefit]") + ". Unlike " + or(alternative, "[alternative]")
                + ", our product " + or(differentiation, "[differentiation]") + ".";
    }

    private static String or(String value, String placeholder) {
        return value == null ? placeholder : value;
    }
}
