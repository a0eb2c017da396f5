package nl.workinnl.assistant.telegram;

import java.nio.file.Path;
import java.time.Duration;
import nl.workinnl.assistant.answer.AnswerMetrics;
import nl.workinnl.assistant.answer.AnsweringPool;
import nl.workinnl.assistant.declined.DeclinedQuestions;
import nl.workinnl.assistant.feedback.FeedbackCounts;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.ratelimit.RateLimit;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import nl.workinnl.assistant.dialogue.ContextCodec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot, wired by hand: the library's Spring starter targets Spring Boot 3. Present only when a
 * bot token is set; without one the rest of the service runs alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("T(org.springframework.util.StringUtils).hasText('${telegram.bot-token:}')")
class TelegramConfiguration {

    @Bean(destroyMethod = "")
    OkHttpClient telegramHttp(TelegramProperties properties) {
        // Reads must outlast a long poll.
        return new OkHttpClient.Builder().readTimeout(properties.pollTimeout().plus(Duration.ofSeconds(15)))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient http, TelegramProperties properties) {
        return new OkHttpTelegramClient(http, properties.botToken().trim(), properties.telegramUrl());
    }

    @Bean
    PseudonymKey pseudonymKey(@Value("${assistant.data-dir}") String dataDir, TelegramProperties properties) {
        return properties.chatKey() == null || properties.chatKey().isBlank()
                ? new PseudonymKey(Path.of(dataDir)) : PseudonymKey.shared(properties.chatKey());
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, PseudonymKey key) {
        return new Outbox(jdbc, new OutboxCipher(key));
    }

    @Bean
    TelegramMetrics telegramMetrics(io.micrometer.core.instrument.MeterRegistry registry, Outbox outbox) {
        return new TelegramMetrics(registry, outbox);
    }

    @Bean
    OutboxSender outboxSender(TelegramClient client, Outbox outbox, TelegramProperties properties, TelegramMetrics metrics) {
        return new OutboxSender(client, outbox, properties.sendPolicy(), properties.outboxScan(), metrics);
    }

    @Bean
    Follows follows(JdbcClient jdbc, PseudonymKey key) {
        return new Follows(jdbc, new FollowerAddress(key));
    }

    @Bean
    FollowMessages followMessages(CurrentKnowledge knowledge, JdbcClient jdbc, @Value("${assistant.public-url}") String publicUrl) {
        return new FollowMessages(knowledge, new ChatLanguages(jdbc), publicUrl);
    }

    @Bean
    FollowNotifier followNotifier(Follows follows, PseudonymKey key, FollowMessages messages, Outbox outbox, OutboxSender sender,
                                  JdbcClient jdbc, TransactionTemplate transactions) {
        return new FollowNotifier(follows, new FollowerAddress(key), messages, outbox, sender, jdbc, transactions);
    }

    @Bean
    ChatContexts chatContexts(JdbcClient jdbc, ContextCodec contexts) {
        return new ChatContexts(jdbc, contexts, java.time.Clock.systemUTC());
    }

    @Bean
    Conversation conversation(CurrentKnowledge knowledge, AnsweringPool answering, AnswerMetrics metrics, JdbcClient jdbc, PseudonymKey key, FeedbackCounts feedback,
                              DeclinedQuestions declined, ChatContexts chatContexts, @Value("${assistant.public-url}") String publicUrl, Follows follows,
                              FollowMessages followMessages, OutboxSender sender, TelegramProperties properties) {
        return new Conversation(knowledge, answering, metrics, new ChatLanguages(jdbc), chatContexts,
                new ChatPseudonyms(key), feedback, new RateLimit(properties.feedbackPerMinute()), declined, publicUrl, follows,
                followMessages, new ChatErasure(jdbc, sender));
    }

    @Bean
    UpdateProcessor updateProcessor(Conversation conversation, Outbox outbox, OutboxSender sender, JdbcClient jdbc,
                                    TransactionTemplate transactions, TelegramMetrics metrics) {
        return new UpdateProcessor(conversation, outbox, sender, jdbc, transactions, metrics);
    }

    @Bean
    TelegramBot telegramBot(TelegramClient client, OkHttpClient http, TelegramProperties properties, Conversation conversation,
                            OutboxSender sender, UpdateProcessor processor, CurrentKnowledge knowledge, JdbcClient jdbc) {
        UpdatePoller poller = new UpdatePoller(client, processor, properties.pollTimeout(), properties.sendPolicy());
        return new TelegramBot(client, http, properties, conversation, sender, poller, processor, knowledge,
                new LeaderLease(jdbc, "telegram", properties.leaseTtl()), properties.leaseRenew());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "telegram.mode", havingValue = "webhook")
    static class Webhook {

        @Bean
        RouterFunction<ServerResponse> telegramWebhook(TelegramProperties properties, UpdateProcessor processor) {
            if (properties.webhookSecret() == null || properties.webhookSecret().isBlank()) {
                throw new IllegalStateException("telegram.webhook-secret must be set in webhook mode: without it anyone could post updates");
            }
            return new WebhookController(properties.webhookSecret(), processor).route();
        }
    }
}
