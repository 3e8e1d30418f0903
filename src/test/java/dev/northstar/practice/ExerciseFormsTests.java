package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExerciseFormsTests {

    final ExerciseForms forms = new ExerciseForms();

    @Test
    void everyKindHasAFormWithHelpForEveryField() {
        for (ExerciseKind kind : ExerciseKind.values()) {
            ExerciseForm form = forms.form(kind);
            assertThat(form).as(kind.key()).isNotNull();
            assertThat(form.summary()).as(kind.key()).isNotBlank();
            assertThat(form.fields()).as(kind.key()).isNotEmpty();
            for (ExerciseForm.Field f : form.fields()) {
                assertThat(f.help()).as(kind.key() + "." + f.key()).isNotBlank();
            }
        }
        assertThat(forms.all()).hasSize(ExerciseKind.values().length);
    }

    @Test
    void aRaciIsAMatrixOverItsPeopleAndCrossTrainingDrawsCards() {
        ExerciseForm raci = forms.form(ExerciseKind.RACI);
        assertThat(raci.field("rows").orElseThrow().type()).isEqualTo(ExerciseForm.Type.MATRIX);
        assertThat(raci.field("rows").orElseThrow().over()).isEqualTo("people");
        assertThat(forms.form(ExerciseKind.CROSS_TRAINING)
                        .field("productA")
                        .orElseThrow()
                        .type())
                .isEqualTo(ExerciseForm.Type.CARD);
    }
}
