package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeLabelsTests {

    @Test
    void namesEachThemeByTheWordsThatSetItApart() {
        List<String> texts = List.of(
                "The invoice shows the wrong VAT number",
                "Please send the invoice to our finance team",
                "Every invoice lists the old billing address",
                "The calendar sync with Outlook is slow",
                "Outlook meetings appear late after the calendar sync",
                "Calendar sync drops recurring events");
        List<ThemeLabels.Label> labels = ThemeLabels.label(texts, new int[] {0, 0, 0, 1, 1, 1}, 2);
        assertThat(labels.get(0).label()).startsWith("Invoice");
        assertThat(labels.get(1).keywords()).contains("calendar sync").contains("Outlook");
        assertThat(labels.get(1).label()).contains("Calendar sync");
        assertThat(labels.get(0).keywords()).doesNotContain("the", "calendar");
    }

    @Test
    void aWordFromOnlyOneNoteDoesNotNameTheTheme() {
        List<String> texts = List.of(
                "Export to CSV please, supercalifragilistic supercalifragilistic supercalifragilistic",
                "CSV export of timesheets",
                "We need an export of hours as CSV",
                "Dark mode for the app",
                "A dark theme at night",
                "Dark colours for the evening");
        List<ThemeLabels.Label> labels = ThemeLabels.label(texts, new int[] {0, 0, 0, 1, 1, 1}, 2);
        assertThat(labels.get(0).label()).doesNotContainIgnoringCase("supercalifragilistic");
        assertThat(labels.get(0).label().toLowerCase()).contains("csv").contains("export");
        assertThat(labels.get(1).label().toLowerCase()).contains("dark");
    }

    @Test
    void countsPluralsAsOneWordAndShowsTheCommonestSpelling() {
        assertThat(ThemeLabels.stem("meetings")).isEqualTo("meeting");
        assertThat(ThemeLabels.stem("policies")).isEqualTo("policy");
        assertThat(ThemeLabels.stem("classes")).isEqualTo("class");
        assertThat(ThemeLabels.stem("status")).isEqualTo("status");
        List<String> texts = List.of(
                "Meetings vanish",
                "Meetings double",
                "A meeting moved",
                "Reports broken",
                "Reports slow",
                "Reports wrong");
        List<ThemeLabels.Label> labels = ThemeLabels.label(texts, new int[] {0, 0, 0, 1, 1, 1}, 2);
        assertThat(labels.get(0).keywords().getFirst()).isEqualTo("meetings");
    }

    @Test
    void splitsWordsButNotPhrasesAcrossStopWordsAndPunctuation() {
        assertThat(ThemeLabels.tokens("Sync, calendar: the Outlook's add-in!"))
                .containsExactly("sync", null, "calendar", null, null, "outlook", "add-in", null);
    }

    @Test
    void keepsTheCapitalsOfNamesButNotOfSentenceStarts() {
        assertThat(ThemeLabels.tokenize("Sync fails. SSO with Okta's login is slow", true))
                .containsExactly("sync", "fails", null, "sso", null, "Okta", "login", null, "slow");
        List<String> texts = List.of(
                "We need SSO through Okta",
                "SSO is required by IT",
                "No SSO, no deal",
                "Dark mode",
                "Dark theme",
                "Dark colours");
        assertThat(ThemeLabels.label(texts, new int[] {0, 0, 0, 1, 1, 1}, 2)
                        .getFirst()
                        .label())
                .startsWith("SSO");
    }

    @Test
    void aWordAllOverTheInboxDoesNotNameATheme() {
        List<String> texts = new java.util.ArrayList<>();
        int[] clusterOf = new int[12];
        String[] topics = {"invoice", "export", "mobile", "calendar"};
        for (int i = 0; i < 12; i++) {
            texts.add("Acmecal " + topics[i % 4] + " " + topics[i % 4] + " broken " + i);
            clusterOf[i] = i % 4;
        }
        List<ThemeLabels.Label> labels = ThemeLabels.label(texts, clusterOf, 4);
        assertThat(labels).allSatisfy(l -> assertThat(l.keywords()).doesNotContain("Acmecal", "acmecal"));
        assertThat(labels.getFirst().label()).startsWith("Invoice");
    }

    @Test
    void aThemeWithoutWordsStillGetsALabel() {
        List<ThemeLabels.Label> labels = ThemeLabels.label(List.of("!!!", "???"), new int[] {0, 0}, 1);
        assertThat(labels.getFirst().label()).isNotBlank();
        assertThat(labels.getFirst().keywords()).isEmpty();
    }
}
