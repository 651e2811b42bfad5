package com.akeneokhaos.sandbox.akeneo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a product list body by splicing the stored product JSON behind each item's {@code _links},
 * so serving 200,000 products never re-parses them: {@code {…meta, "_embedded":{"items":[…]}}}.
 */
final class ProductListBody {

	/** One product to list: its self link and its JSON object. */
	record Item(String selfHref, byte[] json) {
	}

	private ProductListBody() {
	}

	static byte[] build(ObjectNode meta, List<Item> items) {
		byte[] head = Json.bytes(meta);
		ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + items.size() * 2_048);
		out.write(head, 0, head.length - 1);
		write(out, ",\"_embedded\":{\"items\":[");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			Item item = items.get(i);
			write(out, "{\"_links\":{\"self\":{\"href\":" + Json.MAPPER.writeValueAsString(item.selfHref()) + "}}");
			if (item.json().length > 2) {
				out.write(',');
				out.write(item.json(), 1, item.json().length - 1);
			}
			else {
				out.write('}');
			}
		}
		write(out, "]}}");
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
