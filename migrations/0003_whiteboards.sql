CREATE TABLE "whiteboard_clients" (
	"round_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "whiteboard_clients_round_id_client_id_pk" PRIMARY KEY("round_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "whiteboard_elements" (
	"round_id" uuid NOT NULL,
	"element_id" text NOT NULL,
	"ordinal" bigserial NOT NULL,
	"version" integer NOT NULL,
	"version_nonce" bigint NOT NULL,
	"bytes" integer NOT NULL,
	"element" jsonb NOT NULL,
	CONSTRAINT "whiteboard_elements_round_id_element_id_pk" PRIMARY KEY("round_id","element_id")
);
--> statement-breakpoint
CREATE TABLE "whiteboards" (
	"round_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"element_count" integer DEFAULT 0 NOT NULL,
	"total_bytes" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "whiteboards_sizes" CHECK ("whiteboards"."element_count" >= 0 and "whiteboards"."total_bytes" >= 0)
);
--> statement-breakpoint
ALTER TABLE "whiteboard_clients" ADD CONSTRAINT "whiteboard_clients_round_id_whiteboards_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."whiteboards"("round_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whiteboard_elements" ADD CONSTRAINT "whiteboard_elements_round_id_whiteboards_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."whiteboards"("round_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whiteboards" ADD CONSTRAINT "whiteboards_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;