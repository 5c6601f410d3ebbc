package se.stjarnbild.dialogue;

/** What the dialogue holds so far, for the dashboard and other modules. */
public interface DialogueOverview {

    DialogueCounts counts();
}
