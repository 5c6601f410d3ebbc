package se.stjarnbild.dialogue.internal;

/** Something on a presentation changed (a reaction, a step, closing): carries only its code. */
public record LiveChange(String code) {
}
