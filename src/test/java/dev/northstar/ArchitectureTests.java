package dev.northstar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** What Spring Modulith does not check: repositories stay private, domain code never leans on the web layer. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.northstar");

    @Test
    void repositoriesAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void domainCodeDoesNotDependOnWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.northstar..web..")
                .and()
                .resideOutsideOfPackage("dev.northstar.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.northstar..web..")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..web..")
                .check(CLASSES);
    }
}
