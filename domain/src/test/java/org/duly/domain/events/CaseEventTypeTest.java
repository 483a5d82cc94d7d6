package org.duly.domain.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseEventTypeTest {

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void each_type_is_an_immutable_value_with_a_builder_and_a_case_file_name_from_its_class(CaseEventType type) throws Exception {
        Class<? extends CaseEvent> value = type.type();
        assertThat(value.isInterface()).isTrue();
        assertThat(type.caseFileName()).isEqualTo(Character.toLowerCase(value.getSimpleName().charAt(0))
                + value.getSimpleName().substring(1));
        Method builder = value.getMethod("builder");
        assertThat(Modifier.isStatic(builder.getModifiers())).isTrue();
        // The value's own public builder, not the generated one: the generated implementation is not API.
        assertThat(builder.getReturnType().getName()).isEqualTo(value.getName() + "$Builder");
        assertThat(Modifier.isPublic(builder.getReturnType().getModifiers())).isTrue();
        assertThat(builder.getReturnType().getMethod("build").getReturnType()).isEqualTo(value);
        assertThat(builder.getReturnType().getMethod("date", LocalDate.class).getReturnType()).isEqualTo(builder.getReturnType());
        assertThat(Modifier.isPublic(builder.getReturnType().getSuperclass().getModifiers())).isFalse();
        assertThat(CaseEventType.byCaseFileName(type.caseFileName())).contains(type);
        assertThat(CaseEventType.of(value)).isEqualTo(type);
        assertThat(type.description()).isNotBlank().isEqualTo(type.description().strip());
    }

    @Test
    void every_child_case_event_type_in_the_package_is_registered() {
        Set<String> registered = Arrays.stream(CaseEventType.values()).map(type -> type.type().getName()).collect(Collectors.toSet());
        Set<String> immutables = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.duly.domain.events").stream()
                .filter(javaClass -> javaClass.getSimpleName().startsWith("Immutable") && !javaClass.isNestedClass())
                .flatMap(javaClass -> javaClass.getRawInterfaces().stream()).map(JavaClass::getName)
                .collect(Collectors.toSet());
        assertThat(immutables).hasSize(CaseEventType.values().length).isEqualTo(registered);
    }

    @Test
    void only_a_referral_and_a_private_fostering_notification_reopen_a_case() {
        assertThat(Arrays.stream(CaseEventType.values()).filter(CaseEventType::opensCase))
                .containsExactly(CaseEventType.REFERRAL, CaseEventType.PRIVATE_FOSTERING_NOTIFICATION);
    }
}
