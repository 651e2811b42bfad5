package com.akeneokhaos.writeback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.PatchLine;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.problems.SyncExceptions.ExceptionContext;
import com.akeneokhaos.problems.Violation;
import com.akeneokhaos.writeback.WriteBacks.Row;
import com.akeneokhaos.writeback.WriteBacks.State;

/**
 * Sends the pending write-backs to Akeneo, 100 products a request (Akeneo's collection PATCH). Each page of them is
 * first read back from Akeneo: a product that already shows what is wanted (an earlier attempt's PATCH landed before
 * a crash, or nothing changed) is not sent again, and a product Akeneo no longer has is not sent at all (the PATCH
 * would create it). Each line's answer is checked on its own: a refused line becomes an open exception for that
 * product (resolved once a write-back to it succeeds) and the other lines stand.
 */
@Service
public class WriteBackSender {

	static final int PAGE = 100;

	private final WriteBacks writeBacks;

	private final AkeneoClient akeneo;

	private final SyncExceptions exceptions;

	private final WriteBackProperties properties;

	private final TransactionTemplate transaction;

	WriteBackSender(WriteBacks writeBacks, AkeneoClient akeneo, SyncExceptions exceptions,
			WriteBackProperties properties, PlatformTransactionManager transactionManager) {
		this.writeBacks = writeBacks;
		this.akeneo = akeneo;
		this.exceptions = exceptions;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Sends every write-back pending now; what Akeneo did not answer stays pending for the next run. */
	public Tally sendPending(ReferenceData reference, String jobName, long jobExecutionId) {
		StatusValues values = StatusValues.of(properties, reference);
		Tally tally = Tally.NONE;
		String after = "";
		List<Row> page = writeBacks.pendingAfter(after, PAGE);
		while (!page.isEmpty()) {
			tally = tally.plus(send(page, values, jobName, jobExecutionId));
			after = page.get(page.size() - 1).writeBack().uuid();
			page = writeBacks.pendingAfter(after, PAGE);
		}
		return tally;
	}

	private Tally send(List<Row> page, StatusValues values, String jobName, long jobExecutionId) {
		Map<String, AkeneoProduct> current = akeneo.products(page.stream().map(row -> row.writeBack().uuid()).toList())
			.stream()
			.collect(Collectors.toMap(AkeneoProduct::uuid, Function.identity(), (a, b) -> a));
		List<Row> toSend = new ArrayList<>();
		List<ObjectNode> lines = new ArrayList<>();
		List<Row> shown = new ArrayList<>();
		List<Row> gone = new ArrayList<>();
		for (Row row : page) {
			AkeneoProduct product = current.get(row.writeBack().uuid());
			if (product == null) {
				gone.add(row);
			}
			else if (values.shows(product, row.writeBack())) {
				shown.add(row);
			}
			else {
				toSend.add(row);
				lines.add(values.line(product, row.writeBack()));
			}
		}
		List<PatchLine> answers = akeneo.patchProducts(lines);
		return transaction.execute(status -> record(toSend, answers, shown, gone, jobName, jobExecutionId));
	}

	private Tally record(List<Row> sent, List<PatchLine> answers, List<Row> shown, List<Row> gone, String jobName,
			long jobExecutionId) {
		shown.forEach(row -> writeBacks.finish(row, State.SENT, null));
		gone.forEach(row -> writeBacks.finish(row, State.FAILED, "the product is no longer in Akeneo"));
		int applied = 0;
		int refused = 0;
		List<String> succeeded = new ArrayList<>();
		for (int i = 0; i < sent.size(); i++) {
			Row row = sent.get(i);
			PatchLine answer = answers.get(i);
			if (answer.applied()) {
				writeBacks.finish(row, State.SENT, null);
				succeeded.add(row.writeBack().uuid());
				applied++;
			}
			else if (answer.statusCode() != PatchLine.NO_ANSWER) {
				writeBacks.finish(row, State.FAILED, answer.reason());
				exceptions.recordUnlessOpen(new ExceptionContext(jobExecutionId, jobName, row.writeBack().uuid(),
						row.writeBack().uuid(), row.writeBack().sku()), refusal(answer));
				refused++;
			}
		}
		exceptions.resolve(succeeded, Rule.AKENEO_WRITE_BACK_REFUSED.code());
		return new Tally(applied, shown.size(), refused, gone.size(), sent.size() - applied - refused);
	}

	private Violation refusal(PatchLine answer) {
		return new Violation(Rule.AKENEO_WRITE_BACK_REFUSED, properties.statusAttribute(), null,
				"Akeneo refused to show this product's Khaos status (" + answer.reason() + "). The attributes "
						+ properties.statusAttribute() + " and " + properties.messageAttribute() + " must be in the "
						+ "product's family (for a variant: in its family variant's variant level), and what the release "
						+ "sets must exist; the status is sent again at the next run.");
	}

	/**
	 * What a send did: write-backs Akeneo applied, found already shown, refused, not sent because the product is
	 * gone from Akeneo, and left pending because Akeneo's answer stopped before their line.
	 */
	public record Tally(int applied, int alreadyShown, int refused, int gone, int unanswered) {

		static final Tally NONE = new Tally(0, 0, 0, 0, 0);

		Tally plus(Tally other) {
			return new Tally(applied + other.applied, alreadyShown + other.alreadyShown, refused + other.refused,
					gone + other.gone, unanswered + other.unanswered);
		}

	}

}
