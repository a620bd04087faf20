package io.github.saasmetrics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.annotation.Nonnull;
import javax.annotation.meta.TypeQualifierDefault;

/**
 * The library's null contract for return values: in a package so annotated, every method returns a
 * non-null value unless it is marked {@link javax.annotation.Nullable}. The return-value companion
 * of jsr305's {@link javax.annotation.ParametersAreNonnullByDefault}; every package of the library
 * carries both, so that null is only ever passed or returned where it is declared.
 *
 * <p>Like the jsr305 annotations it is read by tools (IDEs, static checkers, Kotlin's compiler) and
 * needs nothing at run time: jsr305 is an optional dependency, and a JVM without it simply does not
 * see the meta-annotations.
 */
@Documented
@Nonnull
@TypeQualifierDefault(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ReturnValuesAreNonnullByDefault {
}
