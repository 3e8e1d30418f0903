package dev.northstar.practice;

/** The seven skills a product manager develops; career assesses them, practice trains them. */
public enum Skill implements Keyed {
    EMPATHY("empathy", "Empathy and understanding the customer"),
    COMMUNICATION("communication", "Communication and influence"),
    INNOVATION("innovation", "Innovation and thinking big"),
    AGENCY("agency", "Agency and resourcefulness"),
    DATA("data", "Data analytics"),
    ORGANIZATION("organization", "Organization"),
    BUSINESS("business", "General business and financial knowledge");

    private final String key;
    private final String label;

    Skill(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    public static Skill parse(String value, String field) {
        return Keyed.parse(Skill.class, value, field);
    }
}
