package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The follow buttons' data: read back as written, within Telegram's 64 bytes, and nothing made of a malformed press. */
class CallbackDataTest {

    @Test
    void followAndUnfollowReadBackAsWritten() {
        FollowSubject measure = FollowSubject.measure("registratie-2a");
        FollowSubject theme = FollowSubject.theme("huisvesting");
        assertThat(CallbackData.parse(CallbackData.follow(measure))).contains(new CallbackData.Follow(measure));
        assertThat(CallbackData.parse(CallbackData.follow(theme))).contains(new CallbackData.Follow(theme));
        assertThat(CallbackData.parse(CallbackData.unfollow(measure))).contains(new CallbackData.Unfollow(measure));
        assertThat(CallbackData.parse(CallbackData.unfollowAll())).contains(new CallbackData.UnfollowAll());
    }

    @Test
    void theLongestIdTheFollowTableTakesFitsTelegramsLimit() {
        String id = "x".repeat(32); // follow.subject_id is VARCHAR(32)
        assertThat(CallbackData.unfollow(FollowSubject.measure(id)).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(CallbackData.MAX_BYTES);
    }

    @Test
    void malformedFollowDataMeansNothing() {
        assertThat(CallbackData.parse("w:x:werk-1")).isEmpty();
        assertThat(CallbackData.parse("w:m")).isEmpty();
        assertThat(CallbackData.parse("u:")).isEmpty();
        assertThat(CallbackData.parse("u:**")).isEmpty();
    }
}
