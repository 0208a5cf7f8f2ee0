CREATE TABLE "bank_loops" (
	"loop_id" uuid PRIMARY KEY NOT NULL,
	"bank_id" uuid NOT NULL,
	"shared_titles" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_patches" (
	"bank_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"seq" integer NOT NULL,
	"resulting_version" integer NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_patches_bank_id_client_id_seq_pk" PRIMARY KEY("bank_id","client_id","seq")
);
--> statement-breakpoint
CREATE TABLE "banks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_token_hash" text NOT NULL,
	"stories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "bank_story_id" uuid;--> statement-breakpoint
ALTER TABLE "bank_loops" ADD CONSTRAINT "bank_loops_loop_id_loops_id_fk" FOREIGN KEY ("loop_id") REFERENCES "public"."loops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_loops" ADD CONSTRAINT "bank_loops_bank_id_banks_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."banks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_patches" ADD CONSTRAINT "bank_patches_bank_id_banks_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."banks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_loops_bank" ON "bank_loops" USING btree ("bank_id");--> statement-breakpoint
CREATE UNIQUE INDEX "banks_owner_token_hash" ON "banks" USING btree ("owner_token_hash");