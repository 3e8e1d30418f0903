package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExerciseWordingTests {

    @Test
    void aMetricNeedsSomethingCountable() {
        assertThat(ExerciseWording.unmeasurable("Customer happiness")).contains("cannot be measured");
        assertThat(ExerciseWording.unmeasurable("Brand love")).contains("cannot be measured");
        assertThat(ExerciseWording.unmeasurable("Better onboarding")).contains("does not say what is counted");
        assertThat(ExerciseWording.unmeasurable("% of users who rate us 4 or 5 each month"))
                .isNull();
        assertThat(ExerciseWording.unmeasurable("Meetings booked per team per week"))
                .isNull();
        assertThat(ExerciseWording.unmeasurable("NPS")).isNull();
    }

    @Test
    void countsNeedATimeWindowRatiosDoNot() {
        assertThat(ExerciseWording.hasWindow("Revenue")).isFalse();
        assertThat(ExerciseWording.hasWindow("Orders placed")).isFalse();
        assertThat(ExerciseWording.hasWindow("Orders placed per week")).isTrue();
        assertThat(ExerciseWording.hasWindow("Week-4 retention")).isTrue();
        assertThat(ExerciseWording.hasWindow("Installs that finish a lesson within 24 hours"))
                .isTrue();
        assertThat(ExerciseWording.hasWindow("Conversion rate from trial to paid"))
                .isTrue();
        assertThat(ExerciseWording.hasWindow("MRR")).isTrue();
    }

    @Test
    void recognisesVanityNorthStars() {
        assertThat(ExerciseWording.vanity("Total signups")).contains("vanity");
        assertThat(ExerciseWording.vanity("Page views")).contains("vanity");
        assertThat(ExerciseWording.vanity("App downloads")).contains("vanity");
        assertThat(ExerciseWording.vanity("Followers")).contains("vanity");
        assertThat(ExerciseWording.vanity("All-time bookings")).contains("vanity");
        assertThat(ExerciseWording.vanity("Revenue")).contains("not the value customers get");
        assertThat(ExerciseWording.vanity("Weekly bookings per active team")).isNull();
        assertThat(ExerciseWording.vanity("Reviews written per week")).isNull();
    }

    @Test
    void segmentsDescribedOnlyByDemographicsAreFlagged() {
        assertThat(ExerciseWording.demographicOnly("Women 25-34 in London earning £40k"))
                .isTrue();
        assertThat(ExerciseWording.demographicOnly("Men over 50 in rural areas"))
                .isTrue();
        assertThat(ExerciseWording.demographicOnly("High-income households")).isTrue();
        assertThat(ExerciseWording.demographicOnly("Freelancers aged 25-40 who juggle several clients"))
                .isFalse();
        assertThat(ExerciseWording.demographicOnly("Teams that book ten client calls a week"))
                .isFalse();
    }

    @Test
    void anAudienceMustBeSomeoneInParticular() {
        assertThat(ExerciseWording.vagueAudience("Everyone")).isNotNull();
        assertThat(ExerciseWording.vagueAudience("All users of the product")).isNotNull();
        assertThat(ExerciseWording.vagueAudience("Users")).isNotNull();
        assertThat(ExerciseWording.vagueAudience("people")).isNotNull();
        assertThat(ExerciseWording.vagueAudience(
                        "Operations leads at agencies of 10 to 50 people who book client calls"))
                .isNull();
    }
}
