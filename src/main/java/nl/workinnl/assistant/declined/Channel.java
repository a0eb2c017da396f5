package nl.workinnl.assistant.declined;

/** Where a question came in: the JSON API (the widget and other clients) or the Telegram bot. */
public enum Channel {
    API, TELEGRAM
}
