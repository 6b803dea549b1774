/* Generated from GET /api/v1/openapi.json by services/console/scripts/generate-api-types.ts. Do not edit. */
export interface paths {
    "/api/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List principals (never their tokens)
         * @description List principals (never their tokens)
         *
         *     Who may call it: authority (the list permission on Principal; records outside the principal’s own scope answer 404).
         */
        get: operations["principal.list"];
        put?: never;
        /**
         * Create a principal; its token is returned only in this response
         * @description Create a principal; its token is returned only in this response
         *
         *     Who may call it: authority (the create permission on Principal; records outside the principal’s own scope answer 404).
         */
        post: operations["principal.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/principals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one principal (others than oneself: authority only)
         * @description Read one principal (others than oneself: authority only)
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Principal; records outside the principal’s own scope answer 404).
         */
        get: operations["principal.read"];
        put?: never;
        post?: never;
        /**
         * Revoke a principal; its token answers 401 from the next request on
         * @description Revoke a principal; its token answers 401 from the next request on
         *
         *     Who may call it: authority (the delete permission on Principal; records outside the principal’s own scope answer 404).
         */
        delete: operations["principal.revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description Who am I
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Principal; records outside the principal’s own scope answer 404).
         */
        get: operations["me.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalog: metadata of every dataset (never data)
         * @description The catalog: metadata of every dataset (never data)
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Dataset; records outside the principal’s own scope answer 404).
         */
        get: operations["dataset.list"];
        put?: never;
        /**
         * Register a dataset with its classification and column schema (source units)
         * @description Register a dataset with its classification and column schema (source units)
         *
         *     Who may call it: source (the create permission on Dataset; records outside the principal’s own scope answer 404).
         */
        post: operations["dataset.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One dataset’s metadata
         * @description One dataset’s metadata
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Dataset; records outside the principal’s own scope answer 404).
         */
        get: operations["dataset.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The vault version history of a dataset (metadata only)
         * @description The vault version history of a dataset (metadata only)
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Dataset; records outside the principal’s own scope answer 404).
         */
        get: operations["dataset.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload data as a new immutable vault version: CSV (UTF-8, GB18030 or GBK), an .xlsx sheet, Parquet or Arrow (streamed to disk; owning source unit)
         * @description Upload data as a new immutable vault version: CSV (UTF-8, GB18030 or GBK), an .xlsx sheet, Parquet or Arrow (streamed to disk; owning source unit)
         *
         *     Who may call it: source (the update permission on Dataset; records outside the principal’s own scope answer 404).
         */
        put: operations["dataset.upload"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{id}/masking-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rule set in force and every earlier version
         * @description The rule set in force and every earlier version
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Dataset; records outside the principal’s own scope answer 404).
         */
        get: operations["masking_rules.read"];
        /**
         * Store a new version of the dataset’s masking and declassification rules (YAML or JSON; owning source unit)
         * @description Store a new version of the dataset’s masking and declassification rules (YAML or JSON; owning source unit)
         *
         *     Who may call it: source (the update permission on Dataset; records outside the principal’s own scope answer 404).
         */
        put: operations["masking_rules.put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{id}/masking-rules/{version}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a rule-set version that keeps personal/identifier columns in clear (authority)
         * @description Approve or reject a rule-set version that keeps personal/identifier columns in clear (authority)
         *
         *     Who may call it: authority (the decide permission on Dataset; records outside the principal’s own scope answer 404).
         */
        post: operations["masking_rules.approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{id}/masking-rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Raw and masked rows side by side, under the rules in force or the rules sent (owning source unit only)
         * @description Raw and masked rows side by side, under the rules in force or the rules sent (owning source unit only)
         *
         *     Who may call it: source (the preview permission on Dataset; records outside the principal’s own scope answer 404).
         */
        post: operations["masking_rules.preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{id}/detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest a semantic, a confidence and a rule for each column from a sample of the vault (owning source unit)
         * @description Suggest a semantic, a confidence and a rule for each column from a sample of the vault (owning source unit)
         *
         *     Who may call it: source (the preview permission on Dataset; records outside the principal’s own scope answer 404).
         */
        post: operations["dataset.detect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications visible to the caller
         * @description Applications visible to the caller
         *
         *     Who may call it: authority, source, operator, auditor (the read permission on Application; records outside the principal’s own scope answer 404).
         */
        get: operations["application.list"];
        put?: never;
        /**
         * Apply to use named columns of datasets for one scenario and one term (operators)
         * @description Apply to use named columns of datasets for one scenario and one term (operators)
         *
         *     Who may call it: operator (the create permission on Application; records outside the principal’s own scope answer 404).
         */
        post: operations["application.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application with its consents
         * @description One application with its consents
         *
         *     Who may call it: authority, source, operator, auditor (the read permission on Application; records outside the principal’s own scope answer 404).
         */
        get: operations["application.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consent to or refuse the use of one of your datasets (owning source unit); a refusal needs its reason (comment) and moves the application to refused
         * @description Consent to or refuse the use of one of your datasets (owning source unit); a refusal needs its reason (comment) and moves the application to refused
         *
         *     Who may call it: source (the consent permission on Application; records outside the principal’s own scope answer 404).
         */
        post: operations["application.consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/coordination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Coordinate after a refusal (协调; authority): reopens one refused dataset’s decision once, with a note the source unit reads; the refusal stays in the history
         * @description Coordinate after a refusal (协调; authority): reopens one refused dataset’s decision once, with a note the source unit reads; the refusal stays in the history
         *
         *     Who may call it: authority (the decide permission on Application; records outside the principal’s own scope answer 404).
         */
        post: operations["application.coordinate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve (needs every consent; creates the agreement and starts provisioning) or reject (also a refused application; authority)
         * @description Approve (needs every consent; creates the agreement and starts provisioning) or reject (also a refused application; authority)
         *
         *     Who may call it: authority (the decide permission on Application; records outside the principal’s own scope answer 404).
         */
        post: operations["application.decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agreements visible to the caller
         * @description Agreements visible to the caller
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Agreement; records outside the principal’s own scope answer 404).
         */
        get: operations["agreement.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One agreement, with its transition history
         * @description One agreement, with its transition history
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Agreement; records outside the principal’s own scope answer 404).
         */
        get: operations["agreement.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend: the authority, or the agreement’s own operator as a risk stop (reporting a hazard)
         * @description Suspend: the authority, or the agreement’s own operator as a risk stop (reporting a hazard)
         *
         *     Who may call it: authority, operator (the suspend permission on Agreement; records outside the principal’s own scope answer 404).
         */
        post: operations["agreement.suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a suspended agreement (authority)
         * @description Resume a suspended agreement (authority)
         *
         *     Who may call it: authority (the resume permission on Agreement; records outside the principal’s own scope answer 404).
         */
        post: operations["agreement.resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate at once; the scheduler then seals and destroys the sandbox (authority)
         * @description Terminate at once; the scheduler then seals and destroys the sandbox (authority)
         *
         *     Who may call it: authority (the terminate permission on Agreement; records outside the principal’s own scope answer 404).
         */
        post: operations["agreement.terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Disclosure-control, query, budget and filing-schedule settings of an agreement
         * @description Disclosure-control, query, budget and filing-schedule settings of an agreement
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Agreement; records outside the principal’s own scope answer 404).
         */
        get: operations["agreement.settings.read"];
        /**
         * Tighten disclosure control (k, dominance, p-ratio, suppression share; never looser than the platform defaults), the query timeout, the run budgets, two-person release and the filing schedule (authority)
         * @description Tighten disclosure control (k, dominance, p-ratio, suppression share; never looser than the platform defaults), the query timeout, the run budgets, two-person release and the filing schedule (authority)
         *
         *     Who may call it: authority (the update permission on Agreement; records outside the principal’s own scope answer 404).
         */
        put: operations["agreement.settings.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The destruction certificate (files with sizes and SHA-256, key destruction, audit head, own hash)
         * @description The destruction certificate (files with sizes and SHA-256, key destruction, audit head, own hash)
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Agreement; records outside the principal’s own scope answer 404).
         */
        get: operations["agreement.certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sandboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State, provisioning progress (done/total) and tables of a sandbox
         * @description State, provisioning progress (done/total) and tables of a sandbox
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["sandbox.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sandboxes/{id}/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run one read-only SELECT on the synthetic dev twin (JSON, or Arrow IPC by Accept). tier "live" is refused: use approved models.
         * @description Run one read-only SELECT on the synthetic dev twin (JSON, or Arrow IPC by Accept). tier "live" is refused: use approved models.
         *
         *     Who may call it: operator, partner (the query permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        post: operations["sandbox.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sandboxes/{id}/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sandbox tables: columns, output types, semantics and the masking applied (dev and live share it)
         * @description The sandbox tables: columns, output types, semantics and the masking applied (dev and live share it)
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["sandbox.schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sandboxes/{id}/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every model version of a sandbox
         * @description Every model version of a sandbox
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["model.list"];
        put?: never;
        /**
         * Submit a named, parameterised SQL model with its purpose; automatic checks run at once (its operator)
         * @description Submit a named, parameterised SQL model with its purpose; automatic checks run at once (its operator)
         *
         *     Who may call it: operator, partner (the query permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        post: operations["model.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One model version with its checks and review
         * @description One model version with its checks and review
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["model.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a model version (模型查验; the authority or an entrusted examiner). grantRecordLevel allows records or pseudonyms in its output; grantUnsafeStatistics allows min, max and the like (their cells face the dominance checks).
         * @description Approve or reject a model version (模型查验; the authority or an entrusted examiner). grantRecordLevel allows records or pseudonyms in its output; grantUnsafeStatistics allows min, max and the like (their cells face the dominance checks).
         *
         *     Who may call it: authority, examiner (the review permission on Model; records outside the principal’s own scope answer 404).
         */
        post: operations["model.review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a run of an approved model on live data, through disclosure control (its operator); the answer says nothing of how it will go
         * @description Queue a run of an approved model on live data, through disclosure control (its operator); the answer says nothing of how it will go
         *
         *     Who may call it: operator, partner (the execute permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        post: operations["run.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sandboxes/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The runs of a sandbox (operators see only what depends on no live value before the decision)
         * @description The runs of a sandbox (operators see only what depends on no live value before the decision)
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["run.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A run: reviewers see status, counts and checks; operators only id, model, status, parameters and times
         * @description A run: reviewers see status, counts and checks; operators only id, model, status, parameters and times
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["run.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The airlock (reviewers): every output row with its cell diagnostics, the suppressed rows marked, differencing pairs, the model’s SQL and parameters; opening it is recorded and required before release
         * @description The airlock (reviewers): every output row with its cell diagnostics, the suppressed rows marked, differencing pairs, the model’s SQL and parameters; opening it is recorded and required before release
         *
         *     Who may call it: authority, examiner (the release permission on Run; records outside the principal’s own scope answer 404).
         */
        get: operations["run.review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release or reject an output (出域审核; a reviewer who has opened the airlock, never the run’s own operator); blocked and failed runs can only be rejected
         * @description Release or reject an output (出域审核; a reviewer who has opened the airlock, never the run’s own operator); blocked and failed runs can only be rejected
         *
         *     Who may call it: authority, examiner (the release permission on Run; records outside the principal’s own scope answer 404).
         */
        post: operations["run.release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}/output": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The released output with its provenance and check summary: JSON, or by Accept (or ?format=) CSV, Parquet or Arrow IPC (its operator)
         * @description The released output with its provenance and check summary: JSON, or by Accept (or ?format=) CSV, Parquet or Arrow IPC (its operator)
         *
         *     Who may call it: operator, partner (the execute permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["run.output"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outputs/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which run a fingerprint found in a (leaked) file belongs to (authority, auditor)
         * @description Which run a fingerprint found in a (leaked) file belongs to (authority, auditor)
         *
         *     Who may call it: authority, auditor (the read permission on AuditLog; records outside the principal’s own scope answer 404).
         */
        get: operations["output.trace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Products visible to the caller
         * @description Products visible to the caller
         *
         *     Who may call it: authority, source, operator, auditor (the read permission on Product; records outside the principal’s own scope answer 404).
         */
        get: operations["product.list"];
        put?: never;
        /**
         * Register a released output (kind dataset) or an approved model (kind api) as a product (operator)
         * @description Register a released output (kind dataset) or an approved model (kind api) as a product (operator)
         *
         *     Who may call it: operator (the create permission on Product; records outside the principal’s own scope answer 404).
         */
        post: operations["product.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register or reject a product (登记备案; authority)
         * @description Register or reject a product (登记备案; authority)
         *
         *     Who may call it: authority (the decide permission on Product; records outside the principal’s own scope answer 404).
         */
        post: operations["product.review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One product
         * @description One product
         *
         *     Who may call it: authority, source, operator, auditor (the read permission on Product; records outside the principal’s own scope answer 404).
         */
        get: operations["product.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/invoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run an API product’s model for a grantee, under disclosure control, rate limited; the model’s parameters go in the query string
         * @description Run an API product’s model for a grantee, under disclosure control, rate limited; the model’s parameters go in the query string
         *
         *     Who may call it: operator (the invoke permission on Product; records outside the principal’s own scope answer 404).
         */
        get: operations["product.invoke"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The released output behind a dataset product, with its provenance (grantees)
         * @description The released output behind a dataset product, with its provenance (grantees)
         *
         *     Who may call it: operator (the invoke permission on Product; records outside the principal’s own scope answer 404).
         */
        get: operations["product.data"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Model versions across sandboxes, newest first, each as GET /models/:id answers: every open sandbox for the authority, its own for an operator. Filter by status (repeat it for several); page with limit and the nextCursor of the previous page
         * @description Model versions across sandboxes, newest first, each as GET /models/:id answers: every open sandbox for the authority, its own for an operator. Filter by status (repeat it for several); page with limit and the nextCursor of the previous page
         *
         *     Who may call it: authority, operator, examiner, partner (the list permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["model.list-all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Runs across sandboxes, newest first: the authority sees every open sandbox’s runs whole (the release inbox: status=awaiting-release&status=blocked&status=failed); an operator sees only its own, in the operator view (status: queued, running, awaiting-release, released, rejected). Page with limit and the nextCursor of the previous page
         * @description Runs across sandboxes, newest first: the authority sees every open sandbox’s runs whole (the release inbox: status=awaiting-release&status=blocked&status=failed); an operator sees only its own, in the operator view (status: queued, running, awaiting-release, released, rejected). Page with limit and the nextCursor of the previous page
         *
         *     Who may call it: authority, operator, examiner, partner (the list permission on Sandbox; records outside the principal’s own scope answer 404).
         */
        get: operations["run.list-all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts of what waits for the caller (every role; only its own tenant’s things). authority: applications.decide (submitted, every dataset has its consent decision), applications.awaiting-consent (submitted, a consent missing), models.review (submitted versions), runs.release (runs awaiting-release, blocked or failed), products.review (submitted products), filings.overdue (filing obligations flagged overdue); source: applications.consent (submitted applications asking for one of its datasets without its consent decision), feedback.open (unanswered feedback on its datasets); operator: runs.released (its released runs), applications.pending (its submitted applications), feedback.answered (its feedback answered, not closed), filings.due (its unfiled obligations due within 14 days or overdue); auditor: audit.entries (audit entries today, Asia/Shanghai). Every kind of the role is listed, in this order, with count 0 when nothing waits
         * @description Counts of what waits for the caller (every role; only its own tenant’s things). authority: applications.decide (submitted, every dataset has its consent decision), applications.awaiting-consent (submitted, a consent missing), models.review (submitted versions), runs.release (runs awaiting-release, blocked or failed), products.review (submitted products), filings.overdue (filing obligations flagged overdue); source: applications.consent (submitted applications asking for one of its datasets without its consent decision), feedback.open (unanswered feedback on its datasets); operator: runs.released (its released runs), applications.pending (its submitted applications), feedback.answered (its feedback answered, not closed), filings.due (its unfiled obligations due within 14 days or overdue); auditor: audit.entries (audit entries today, Asia/Shanghai). Every kind of the role is listed, in this order, with count 0 when nothing waits
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Principal; records outside the principal’s own scope answer 404).
         */
        get: operations["inbox.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subject-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which agreements, runs and products used the record of one data subject (authority), each run and product with the reason it is listed. The value is never stored.
         * @description Which agreements, runs and products used the record of one data subject (authority), each run and product with the reason it is listed. The value is never stored.
         *
         *     Who may call it: authority (the answer permission on SubjectRequest; records outside the principal’s own scope answer 404).
         */
        post: operations["subject.request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entrustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Entrustments, newest first: every one (authority), or one’s own (examiner)
         * @description Entrustments, newest first: every one (authority), or one’s own (examiner)
         *
         *     Who may call it: authority, examiner (the read permission on Entrustment; records outside the principal’s own scope answer 404).
         */
        get: operations["entrustment.list"];
        put?: never;
        /**
         * Entrust an examiner (模型查验机构) with model review and release review, for one agreement or for every agreement (agreementId null; authority)
         * @description Entrust an examiner (模型查验机构) with model review and release review, for one agreement or for every agreement (agreementId null; authority)
         *
         *     Who may call it: authority (the create permission on Entrustment; records outside the principal’s own scope answer 404).
         */
        post: operations["entrustment.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entrustments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an entrustment; the examiner loses that scope from its next request on (authority)
         * @description Revoke an entrustment; the examiner loses that scope from its next request on (authority)
         *
         *     Who may call it: authority (the delete permission on Entrustment; records outside the principal’s own scope answer 404).
         */
        delete: operations["entrustment.revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public disclosure of authorizations (实施规范 Arts. 18–19): operator, datasets and columns, scenario, term, state and registered products of every current and past agreement. No token; JSON, or HTML by Accept. No personal data.
         * @description The public disclosure of authorizations (实施规范 Arts. 18–19): operator, datasets and columns, scenario, term, state and registered products of every current and past agreement. No token; JSON, or HTML by Accept. No personal data.
         *
         *     Anyone, without a token.
         */
        get: operations["public.disclosures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The usage statement for 收益 accounting: per agreement and product, for one month (Asia/Shanghai), runs, releases and rows released, product calls and rows served; CSV, or JSON by Accept. Only agreements the caller may read.
         * @description The usage statement for 收益 accounting: per agreement and product, for one month (Asia/Shanghai), runs, releases and rows released, product calls and rows served; CSV, or JSON by Accept. Only agreements the caller may read.
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Agreement; records outside the principal’s own scope answer 404).
         */
        get: operations["usage.statement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Risk reports (风险报备), newest first: every one (authority, auditors), or one’s own agreements’ (operators)
         * @description Risk reports (风险报备), newest first: every one (authority, auditors), or one’s own agreements’ (operators)
         *
         *     Who may call it: authority, operator, auditor (the read permission on RiskReport; records outside the principal’s own scope answer 404).
         */
        get: operations["risk_report.list"];
        put?: never;
        /**
         * Open a risk report on an agreement (authority); an operator’s own suspension opens one by itself
         * @description Open a risk report on an agreement (authority); an operator’s own suspension opens one by itself
         *
         *     Who may call it: authority (the create permission on RiskReport; records outside the principal’s own scope answer 404).
         */
        post: operations["risk_report.open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One risk report
         * @description One risk report
         *
         *     Who may call it: authority, operator, auditor (the read permission on RiskReport; records outside the principal’s own scope answer 404).
         */
        get: operations["risk_report.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-reports/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an open risk report, with a note (authority)
         * @description Acknowledge an open risk report, with a note (authority)
         *
         *     Who may call it: authority (the update permission on RiskReport; records outside the principal’s own scope answer 404).
         */
        post: operations["risk_report.acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-reports/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an acknowledged risk report with its resolution (authority)
         * @description Close an acknowledged risk report with its resolution (authority)
         *
         *     Who may call it: authority (the update permission on RiskReport; records outside the principal’s own scope answer 404).
         */
        post: operations["risk_report.close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Calls for operators, newest first
         * @description Calls for operators, newest first
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Call; records outside the principal’s own scope answer 404).
         */
        get: operations["call.list"];
        put?: never;
        /**
         * Open a call for operators (征集) with its requirements and deadline (authority)
         * @description Open a call for operators (征集) with its requirements and deadline (authority)
         *
         *     Who may call it: authority (the create permission on Call; records outside the principal’s own scope answer 404).
         */
        post: operations["call.open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One call
         * @description One call
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Call; records outside the principal’s own scope answer 404).
         */
        get: operations["call.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a call before its deadline: no more applications (authority)
         * @description Close a call before its deadline: no more applications (authority)
         *
         *     Who may call it: authority (the update permission on Call; records outside the principal’s own scope answer 404).
         */
        post: operations["call.close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Qualifications, newest first: every one (authority, auditors), or one’s own unit’s (operators)
         * @description Qualifications, newest first: every one (authority, auditors), or one’s own unit’s (operators)
         *
         *     Who may call it: authority, operator, auditor (the read permission on Qualification; records outside the principal’s own scope answer 404).
         */
        get: operations["qualification.list"];
        put?: never;
        /**
         * Apply to an open call with a statement and qualification material (operators); files are kept by SHA-256
         * @description Apply to an open call with a statement and qualification material (operators); files are kept by SHA-256
         *
         *     Who may call it: operator (the create permission on Qualification; records outside the principal’s own scope answer 404).
         */
        post: operations["qualification.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One qualification
         * @description One qualification
         *
         *     Who may call it: authority, operator, auditor (the read permission on Qualification; records outside the principal’s own scope answer 404).
         */
        get: operations["qualification.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualifications/{id}/materials/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one material file (always as an attachment)
         * @description Download one material file (always as an attachment)
         *
         *     Who may call it: authority, operator, auditor (the read permission on Qualification; records outside the principal’s own scope answer 404).
         */
        get: operations["qualification.material"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualifications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review a qualification: qualified (for a term; three years unless stated) or unqualified, with reasons (authority)
         * @description Review a qualification: qualified (for a term; three years unless stated) or unqualified, with reasons (authority)
         *
         *     Who may call it: authority (the decide permission on Qualification; records outside the principal’s own scope answer 404).
         */
        post: operations["qualification.review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualifications/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a qualification with a reason; the unit’s active agreements are suspended with it (authority)
         * @description Revoke a qualification with a reason; the unit’s active agreements are suspended with it (authority)
         *
         *     Who may call it: authority (the revoke permission on Qualification; records outside the principal’s own scope answer 404).
         */
        post: operations["qualification.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directory of data open to authorized operation (授权运营目录): the current version, or `?version=N`
         * @description The directory of data open to authorized operation (授权运营目录): the current version, or `?version=N`
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Directory; records outside the principal’s own scope answer 404).
         */
        get: operations["directory.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every published version of the directory, newest first
         * @description Every published version of the directory, newest first
         *
         *     Who may call it: authority, source, operator, auditor, examiner, partner (the read permission on Directory; records outside the principal’s own scope answer 404).
         */
        get: operations["directory.versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Directory proposals, newest first: every one (authority, auditors), or one’s own unit’s (source units)
         * @description Directory proposals, newest first: every one (authority, auditors), or one’s own unit’s (source units)
         *
         *     Who may call it: authority, source, auditor (the read permission on DirectoryProposal; records outside the principal’s own scope answer 404).
         */
        get: operations["directory.proposals"];
        put?: never;
        /**
         * Propose the directory entry of one of one’s own datasets: columns, scenarios (empty: any) and openness (source units)
         * @description Propose the directory entry of one of one’s own datasets: columns, scenarios (empty: any) and openness (source units)
         *
         *     Who may call it: source (the create permission on DirectoryProposal; records outside the principal’s own scope answer 404).
         */
        post: operations["directory.propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a proposal (a new directory version with its entry) or reject it, with a comment (authority)
         * @description Publish a proposal (a new directory version with its entry) or reject it, with a comment (authority)
         *
         *     Who may call it: authority (the decide permission on DirectoryProposal; records outside the principal’s own scope answer 404).
         */
        post: operations["directory.decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/entries/{datasetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw a dataset from the directory: a new version without it; agreements already made keep their term (authority)
         * @description Withdraw a dataset from the directory: a new version without it; agreements already made keep their term (authority)
         *
         *     Who may call it: authority (the delete permission on Directory; records outside the principal’s own scope answer 404).
         */
        delete: operations["directory.withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partners, newest first: every one (authority, auditors), or one’s own unit’s (operators)
         * @description Partners, newest first: every one (authority, auditors), or one’s own unit’s (operators)
         *
         *     Who may call it: authority, operator, auditor (the read permission on Partner; records outside the principal’s own scope answer 404).
         */
        get: operations["partner.list"];
        put?: never;
        /**
         * File a partner (运营合作方) with its duties, term and documents (the partnership agreement and the like; operators); the authority accepts or rejects it
         * @description File a partner (运营合作方) with its duties, term and documents (the partnership agreement and the like; operators); the authority accepts or rejects it
         *
         *     Who may call it: operator (the create permission on Partner; records outside the principal’s own scope answer 404).
         */
        post: operations["partner.file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One partner
         * @description One partner
         *
         *     Who may call it: authority, operator, auditor (the read permission on Partner; records outside the principal’s own scope answer 404).
         */
        get: operations["partner.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/documents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one of its documents (always as an attachment)
         * @description Download one of its documents (always as an attachment)
         *
         *     Who may call it: authority, operator, auditor (the read permission on Partner; records outside the principal’s own scope answer 404).
         */
        get: operations["partner.document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or reject a filed partner, with a comment (authority)
         * @description Accept or reject a filed partner, with a comment (authority)
         *
         *     Who may call it: authority (the decide permission on Partner; records outside the principal’s own scope answer 404).
         */
        post: operations["partner.decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant (or withdraw) an accepted partner live work: starting runs and reading released outputs (authority)
         * @description Grant (or withdraw) an accepted partner live work: starting runs and reading released outputs (authority)
         *
         *     Who may call it: authority (the update permission on Partner; records outside the principal’s own scope answer 404).
         */
        post: operations["partner.access"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a partnership with a reason (its operator, or the authority); its principals lose every access from their next request
         * @description End a partnership with a reason (its operator, or the authority); its principals lose every access from their next request
         *
         *     Who may call it: authority, operator (the terminate permission on Partner; records outside the principal’s own scope answer 404).
         */
        post: operations["partner.end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quality feedback (质量反馈), newest first: one’s own (operators), on one’s datasets (source units), every one (authority, auditors)
         * @description Quality feedback (质量反馈), newest first: one’s own (operators), on one’s datasets (source units), every one (authority, auditors)
         *
         *     Who may call it: authority, source, operator, auditor (the read permission on Feedback; records outside the principal’s own scope answer 404).
         */
        get: operations["feedback.list"];
        put?: never;
        /**
         * Raise quality feedback on a dataset (optionally a granted column) of one’s own active or suspended agreement, with an example from the dev twin or a released run (operators)
         * @description Raise quality feedback on a dataset (optionally a granted column) of one’s own active or suspended agreement, with an example from the dev twin or a released run (operators)
         *
         *     Who may call it: operator (the create permission on Feedback; records outside the principal’s own scope answer 404).
         */
        post: operations["feedback.raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per source unit: open, answered and closed feedback, and response times in hours (authority, auditors)
         * @description Per source unit: open, answered and closed feedback, and response times in hours (authority, auditors)
         *
         *     Who may call it: authority, auditor (the list permission on Feedback; records outside the principal’s own scope answer 404).
         */
        get: operations["feedback.statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One feedback with its answers
         * @description One feedback with its answers
         *
         *     Who may call it: authority, source, operator, auditor (the read permission on Feedback; records outside the principal’s own scope answer 404).
         */
        get: operations["feedback.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer feedback on one of one’s datasets (source units); the first answer marks it answered
         * @description Answer feedback on one of one’s datasets (source units); the first answer marks it answered
         *
         *     Who may call it: source (the answer permission on Feedback; records outside the principal’s own scope answer 404).
         */
        post: operations["feedback.answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close feedback: its source unit once answered, or the operator that raised it at any time
         * @description Close feedback: its source unit once answered, or the operator that raised it at any time
         *
         *     Who may call it: source, operator (the update permission on Feedback; records outside the principal’s own scope answer 404).
         */
        post: operations["feedback.close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Periodic filings (定期报备) and filing obligations with their states, and the overdue count per operator unit: one’s own agreements’ (operators), every one (authority, auditors)
         * @description Periodic filings (定期报备) and filing obligations with their states, and the overdue count per operator unit: one’s own agreements’ (operators), every one (authority, auditors)
         *
         *     Who may call it: authority, operator, auditor (the read permission on Filing; records outside the principal’s own scope answer 404).
         */
        get: operations["filing.list"];
        put?: never;
        /**
         * File for one period of one’s own agreement’s schedule, once the period has begun; after its due time the filing is marked late and clears the overdue flag (operators)
         * @description File for one period of one’s own agreement’s schedule, once the period has begun; after its due time the filing is marked late and clears the overdue flag (operators)
         *
         *     Who may call it: operator (the create permission on Filing; records outside the principal’s own scope answer 404).
         */
        post: operations["filing.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One filing with every version
         * @description One filing with every version
         *
         *     Who may call it: authority, operator, auditor (the read permission on Filing; records outside the principal’s own scope answer 404).
         */
        get: operations["filing.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a filing: a new version with its reason; every earlier version is kept, and without attachments the previous ones carry over (operators)
         * @description Correct a filing: a new version with its reason; every earlier version is kept, and without attachments the previous ones carry over (operators)
         *
         *     Who may call it: operator (the update permission on Filing; records outside the principal’s own scope answer 404).
         */
        post: operations["filing.correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/attachments/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one attached file of a filing (any version), always as an attachment
         * @description Download one attached file of a filing (any version), always as an attachment
         *
         *     Who may call it: authority, operator, auditor (the read permission on Filing; records outside the principal’s own scope answer 404).
         */
        get: operations["filing.attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/registration-package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registration package of a registered product (登记包): description, source datasets’ schemas and masking rule sets, the approved model’s SQL, check summaries of its released runs, validity and renewals, every file’s SHA-256, the audit sequence numbers and the registration’s audit entry. JSON, or a ZIP (?format=zip or Accept: application/zip). Authority, auditors, the product’s operator.
         * @description The registration package of a registered product (登记包): description, source datasets’ schemas and masking rule sets, the approved model’s SQL, check summaries of its released runs, validity and renewals, every file’s SHA-256, the audit sequence numbers and the registration’s audit entry. JSON, or a ZIP (?format=zip or Accept: application/zip). Authority, auditors, the product’s operator.
         *
         *     Who may call it: authority, operator, auditor (the read permission on ProductRegistration; records outside the principal’s own scope answer 404).
         */
        get: operations["product.registration_package"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew a product’s registration for three more years from its expiry (authority; from 90 days before the expiry, or after it)
         * @description Renew a product’s registration for three more years from its expiry (authority; from 90 days before the expiry, or after it)
         *
         *     Who may call it: authority (the update permission on ProductRegistration; records outside the principal’s own scope answer 404).
         */
        post: operations["product.renew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/compliance-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The compliance report of an agreement (合规报告): application, consents, decision, entrustments, settings, models and reviews, runs and releases, products, risk reports, suspensions, termination, sealing and the destruction certificate, in time order, each line with the audit sequence numbers behind it. Printable HTML (?lang=en or Accept-Language for English), or JSON with Accept: application/json. Authority, auditors, the agreement’s operator.
         * @description The compliance report of an agreement (合规报告): application, consents, decision, entrustments, settings, models and reviews, runs and releases, products, risk reports, suspensions, termination, sealing and the destruction certificate, in time order, each line with the audit sequence numbers behind it. Printable HTML (?lang=en or Accept-Language for English), or JSON with Accept: application/json. Authority, auditors, the agreement’s operator.
         *
         *     Who may call it: authority, operator, auditor (the read permission on ComplianceReport; records outside the principal’s own scope answer 404).
         */
        get: operations["agreement.compliance_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query audit entries with filters and cursor pagination
         * @description Query audit entries with filters and cursor pagination
         *
         *     Who may call it: authority, auditor (the read permission on AuditLog; records outside the principal’s own scope answer 404).
         */
        get: operations["audit.query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the hash chain and its signed anchor
         * @description Verify the hash chain and its signed anchor
         *
         *     Who may call it: authority, auditor (the verify permission on AuditLog; records outside the principal’s own scope answer 404).
         */
        get: operations["audit.verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/anchor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed anchor of the chain head, how the chain is hashed and the anchor signed, and (gm) the public key that verifies it
         * @description The signed anchor of the chain head, how the chain is hashed and the anchor signed, and (gm) the public key that verifies it
         *
         *     Who may call it: authority, auditor (the verify permission on AuditLog; records outside the principal’s own scope answer 404).
         */
        get: operations["audit.anchor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the whole audit log as CSV or Parquet
         * @description Export the whole audit log as CSV or Parquet
         *
         *     Who may call it: authority, auditor (the export permission on AuditLog; records outside the principal’s own scope answer 404).
         */
        get: operations["audit.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (authority token or metrics token)
         * @description Prometheus metrics (authority token or metrics token)
         *
         *     Who may call it: authority (the read permission on Metrics; records outside the principal’s own scope answer 404). Also the metrics token.
         */
        get: operations["metrics.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every error answer has this shape. */
        Error: {
            error: {
                /**
                 * @description A stable snake_case code; it never changes with the language
                 * @example invalid_request
                 */
                code: string;
                /**
                 * @description For people, in the language of Accept-Language (zh-CN or en)
                 * @example invalid request body
                 */
                message: string;
                /** @description For bad input: one item per problem */
                details?: {
                    /**
                     * @description Where in the request, e.g. body.columns.0.name
                     * @example body.name
                     */
                    path?: string;
                    /**
                     * @description The data row (1 = the first row after the header)
                     * @example 17
                     */
                    row?: number;
                    /**
                     * @description The column
                     * @example birth_date
                     */
                    column?: string;
                    /**
                     * @description What is wrong there; never the value itself
                     * @example not a date in the form YYYY-MM-DD
                     */
                    message: string;
                }[];
                /**
                 * @description The request id (also the X-Request-Id header), to quote when asking for help
                 * @example 5d0c7a52-2b7e-4b8e-a2a5-9a3f0f6f1c11
                 */
                requestId: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "principal.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description principals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        principals: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "authority" | "source" | "operator" | "auditor" | "examiner" | "partner";
                            unit: string;
                            /** @description the partner (运营合作方) a partner principal acts for */
                            partnerId: string | null;
                            createdAt: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "principal.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "光明区人口管理办 数据专员",
                 *       "role": "source",
                 *       "unit": "光明区人口管理办",
                 *       "partnerId": "ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The principal’s display name: letters (any script), digits, spaces, dot, underscore or hyphen
                     * @example 光明区人口管理办 数据专员
                     */
                    name: string;
                    /**
                     * @description What the principal may do (see the permissions matrix)
                     * @example source
                     * @enum {string}
                     */
                    role: "authority" | "source" | "operator" | "auditor" | "examiner" | "partner";
                    /**
                     * @description The organisation the principal acts for; records are scoped to it
                     * @example 光明区人口管理办
                     */
                    unit: string;
                    /**
                     * @description The id of a partner (运营合作方) filed with the authority
                     * @example ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    partnerId?: string;
                };
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "authority" | "source" | "operator" | "auditor" | "examiner" | "partner";
                        unit: string;
                        /** @description the partner (运营合作方) a partner principal acts for */
                        partnerId: string | null;
                        createdAt: string;
                        revokedAt: string | null;
                        token: string;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a partner principal without an accepted partner of its unit, or a partnerId on another role */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "principal.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the principal; another tenant's record answers 404
                 * @example prn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "authority" | "source" | "operator" | "auditor" | "examiner" | "partner";
                        unit: string;
                        /** @description the partner (运营合作方) a partner principal acts for */
                        partnerId: string | null;
                        createdAt: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "principal.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the principal; another tenant's record answers 404
                 * @example prn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "authority" | "source" | "operator" | "auditor" | "examiner" | "partner";
                        unit: string;
                        /** @description the partner (运营合作方) a partner principal acts for */
                        partnerId: string | null;
                        createdAt: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already revoked, or the last authority */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "me.read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the calling principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "authority" | "source" | "operator" | "auditor" | "examiner" | "partner";
                        unit: string;
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "dataset.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description datasets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        datasets: {
                            /**
                             * @description The table name in sandboxes: lower-case letters, digits, underscore or Chinese characters
                             * @example residents
                             */
                            name: string;
                            /**
                             * @description The title shown in the catalog
                             * @example 光明区常住人口
                             */
                            title: string;
                            description?: string;
                            /**
                             * @description Classification (分类分级): general 一般, important 重要, core 核心
                             * @example important
                             * @enum {string}
                             */
                            level: "general" | "important" | "core";
                            /**
                             * @description Openness (开放属性): unconditional 无条件, conditional 有条件, closed 不予开放 (never enters a sandbox)
                             * @example conditional
                             * @enum {string}
                             */
                            openness: "unconditional" | "conditional" | "closed";
                            /**
                             * @description The column that identifies a person (数据主体), for subject requests
                             * @example id_number
                             */
                            subjectKey?: string;
                            /**
                             * @description The columns, in file order; data is always loaded with these types
                             * @example [
                             *       {
                             *         "name": "id_number",
                             *         "type": "VARCHAR",
                             *         "personal": "sensitive",
                             *         "identifier": "direct",
                             *         "semantic": "cn_id",
                             *         "nullable": false
                             *       }
                             *     ]
                             */
                            columns: {
                                /**
                                 * @description The column name, as in the file header: lower-case letters, digits, underscore or Chinese characters
                                 * @example id_number
                                 */
                                name: string;
                                /**
                                 * @description The DuckDB type every value must have (never sniffed)
                                 * @example VARCHAR
                                 * @enum {string}
                                 */
                                type: "VARCHAR" | "BOOLEAN" | "INTEGER" | "BIGINT" | "DOUBLE" | "DECIMAL(18,2)" | "DATE" | "TIMESTAMP";
                                /**
                                 * @description What the column holds
                                 * @example 公民身份号码
                                 */
                                description?: string;
                                /**
                                 * @description Personal information: none, personal 个人信息, sensitive 敏感个人信息
                                 * @example sensitive
                                 * @enum {string}
                                 */
                                personal: "none" | "personal" | "sensitive";
                                /**
                                 * @description Identifies a person: direct (直接标识符), quasi (准标识符) or none
                                 * @example direct
                                 * @enum {string}
                                 */
                                identifier: "direct" | "quasi" | "none";
                                /**
                                 * @description What the values mean, for detection, masking and the twin
                                 * @example cn_id
                                 * @enum {string}
                                 */
                                semantic?: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
                                /**
                                 * @description false: every row must have a value (checked on each upload); default true
                                 * @example false
                                 */
                                nullable?: boolean;
                            }[];
                            id: string;
                            ownerUnit: string;
                            createdBy: string;
                            createdAt: string;
                            currentVersion: number | null;
                            currentRulesVersion: number | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "dataset.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "residents",
                 *       "title": "光明区常住人口",
                 *       "description": "光明区常住人口基本信息，按季度更新",
                 *       "level": "important",
                 *       "openness": "conditional",
                 *       "subjectKey": "id_number",
                 *       "columns": [
                 *         {
                 *           "name": "id_number",
                 *           "type": "VARCHAR",
                 *           "personal": "sensitive",
                 *           "identifier": "direct",
                 *           "semantic": "cn_id",
                 *           "nullable": false
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The table name in sandboxes: lower-case letters, digits, underscore or Chinese characters
                     * @example residents
                     */
                    name: string;
                    /**
                     * @description The title shown in the catalog
                     * @example 光明区常住人口
                     */
                    title: string;
                    /**
                     * @description A description for the people who will read the record
                     * @example 光明区常住人口基本信息，按季度更新
                     */
                    description?: string;
                    /**
                     * @description Classification (分类分级): general 一般, important 重要, core 核心
                     * @example important
                     * @enum {string}
                     */
                    level: "general" | "important" | "core";
                    /**
                     * @description Openness (开放属性): unconditional 无条件, conditional 有条件, closed 不予开放 (never enters a sandbox)
                     * @example conditional
                     * @enum {string}
                     */
                    openness: "unconditional" | "conditional" | "closed";
                    /**
                     * @description The column that identifies a person (数据主体), for subject requests
                     * @example id_number
                     */
                    subjectKey?: string;
                    /**
                     * @description The columns, in file order; data is always loaded with these types
                     * @example [
                     *       {
                     *         "name": "id_number",
                     *         "type": "VARCHAR",
                     *         "personal": "sensitive",
                     *         "identifier": "direct",
                     *         "semantic": "cn_id",
                     *         "nullable": false
                     *       }
                     *     ]
                     */
                    columns: {
                        /**
                         * @description The column name, as in the file header: lower-case letters, digits, underscore or Chinese characters
                         * @example id_number
                         */
                        name: string;
                        /**
                         * @description The DuckDB type every value must have (never sniffed)
                         * @example VARCHAR
                         * @enum {string}
                         */
                        type: "VARCHAR" | "BOOLEAN" | "INTEGER" | "BIGINT" | "DOUBLE" | "DECIMAL(18,2)" | "DATE" | "TIMESTAMP";
                        /**
                         * @description What the column holds
                         * @example 公民身份号码
                         */
                        description?: string;
                        /**
                         * @description Personal information: none, personal 个人信息, sensitive 敏感个人信息
                         * @example sensitive
                         * @enum {string}
                         */
                        personal: "none" | "personal" | "sensitive";
                        /**
                         * @description Identifies a person: direct (直接标识符), quasi (准标识符) or none
                         * @example direct
                         * @enum {string}
                         */
                        identifier: "direct" | "quasi" | "none";
                        /**
                         * @description What the values mean, for detection, masking and the twin
                         * @example cn_id
                         * @enum {string}
                         */
                        semantic?: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
                        /**
                         * @description false: every row must have a value (checked on each upload); default true
                         * @example false
                         */
                        nullable?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The table name in sandboxes: lower-case letters, digits, underscore or Chinese characters
                         * @example residents
                         */
                        name: string;
                        /**
                         * @description The title shown in the catalog
                         * @example 光明区常住人口
                         */
                        title: string;
                        description?: string;
                        /**
                         * @description Classification (分类分级): general 一般, important 重要, core 核心
                         * @example important
                         * @enum {string}
                         */
                        level: "general" | "important" | "core";
                        /**
                         * @description Openness (开放属性): unconditional 无条件, conditional 有条件, closed 不予开放 (never enters a sandbox)
                         * @example conditional
                         * @enum {string}
                         */
                        openness: "unconditional" | "conditional" | "closed";
                        /**
                         * @description The column that identifies a person (数据主体), for subject requests
                         * @example id_number
                         */
                        subjectKey?: string;
                        /**
                         * @description The columns, in file order; data is always loaded with these types
                         * @example [
                         *       {
                         *         "name": "id_number",
                         *         "type": "VARCHAR",
                         *         "personal": "sensitive",
                         *         "identifier": "direct",
                         *         "semantic": "cn_id",
                         *         "nullable": false
                         *       }
                         *     ]
                         */
                        columns: {
                            /**
                             * @description The column name, as in the file header: lower-case letters, digits, underscore or Chinese characters
                             * @example id_number
                             */
                            name: string;
                            /**
                             * @description The DuckDB type every value must have (never sniffed)
                             * @example VARCHAR
                             * @enum {string}
                             */
                            type: "VARCHAR" | "BOOLEAN" | "INTEGER" | "BIGINT" | "DOUBLE" | "DECIMAL(18,2)" | "DATE" | "TIMESTAMP";
                            /**
                             * @description What the column holds
                             * @example 公民身份号码
                             */
                            description?: string;
                            /**
                             * @description Personal information: none, personal 个人信息, sensitive 敏感个人信息
                             * @example sensitive
                             * @enum {string}
                             */
                            personal: "none" | "personal" | "sensitive";
                            /**
                             * @description Identifies a person: direct (直接标识符), quasi (准标识符) or none
                             * @example direct
                             * @enum {string}
                             */
                            identifier: "direct" | "quasi" | "none";
                            /**
                             * @description What the values mean, for detection, masking and the twin
                             * @example cn_id
                             * @enum {string}
                             */
                            semantic?: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
                            /**
                             * @description false: every row must have a value (checked on each upload); default true
                             * @example false
                             */
                            nullable?: boolean;
                        }[];
                        id: string;
                        ownerUnit: string;
                        createdBy: string;
                        createdAt: string;
                        currentVersion: number | null;
                        currentRulesVersion: number | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description inconsistent schema */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "dataset.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the dataset (公共数据资源); another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dataset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The table name in sandboxes: lower-case letters, digits, underscore or Chinese characters
                         * @example residents
                         */
                        name: string;
                        /**
                         * @description The title shown in the catalog
                         * @example 光明区常住人口
                         */
                        title: string;
                        description?: string;
                        /**
                         * @description Classification (分类分级): general 一般, important 重要, core 核心
                         * @example important
                         * @enum {string}
                         */
                        level: "general" | "important" | "core";
                        /**
                         * @description Openness (开放属性): unconditional 无条件, conditional 有条件, closed 不予开放 (never enters a sandbox)
                         * @example conditional
                         * @enum {string}
                         */
                        openness: "unconditional" | "conditional" | "closed";
                        /**
                         * @description The column that identifies a person (数据主体), for subject requests
                         * @example id_number
                         */
                        subjectKey?: string;
                        /**
                         * @description The columns, in file order; data is always loaded with these types
                         * @example [
                         *       {
                         *         "name": "id_number",
                         *         "type": "VARCHAR",
                         *         "personal": "sensitive",
                         *         "identifier": "direct",
                         *         "semantic": "cn_id",
                         *         "nullable": false
                         *       }
                         *     ]
                         */
                        columns: {
                            /**
                             * @description The column name, as in the file header: lower-case letters, digits, underscore or Chinese characters
                             * @example id_number
                             */
                            name: string;
                            /**
                             * @description The DuckDB type every value must have (never sniffed)
                             * @example VARCHAR
                             * @enum {string}
                             */
                            type: "VARCHAR" | "BOOLEAN" | "INTEGER" | "BIGINT" | "DOUBLE" | "DECIMAL(18,2)" | "DATE" | "TIMESTAMP";
                            /**
                             * @description What the column holds
                             * @example 公民身份号码
                             */
                            description?: string;
                            /**
                             * @description Personal information: none, personal 个人信息, sensitive 敏感个人信息
                             * @example sensitive
                             * @enum {string}
                             */
                            personal: "none" | "personal" | "sensitive";
                            /**
                             * @description Identifies a person: direct (直接标识符), quasi (准标识符) or none
                             * @example direct
                             * @enum {string}
                             */
                            identifier: "direct" | "quasi" | "none";
                            /**
                             * @description What the values mean, for detection, masking and the twin
                             * @example cn_id
                             * @enum {string}
                             */
                            semantic?: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
                            /**
                             * @description false: every row must have a value (checked on each upload); default true
                             * @example false
                             */
                            nullable?: boolean;
                        }[];
                        id: string;
                        ownerUnit: string;
                        createdBy: string;
                        createdAt: string;
                        currentVersion: number | null;
                        currentRulesVersion: number | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "dataset.versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the dataset (公共数据资源); another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description versions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            datasetId: string;
                            version: number;
                            /** @enum {string} */
                            format: "csv" | "parquet" | "arrow" | "xlsx";
                            rows: number;
                            bytes: number;
                            sha256: string;
                            createdBy: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "dataset.upload": {
        parameters: {
            query?: {
                /**
                 * @description the worksheet of an .xlsx upload, by its tab name (e.g. 户籍人口); default the first visible sheet; ignored for other formats
                 * @example 户籍人口
                 */
                sheet?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The id of the dataset (公共数据资源); another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Upload data as a new immutable vault version: CSV (UTF-8, GB18030 or GBK), an .xlsx sheet, Parquet or Arrow (streamed to disk; owning source unit) */
        requestBody: {
            content: {
                /**
                 * @example id_number,name,birth_date,street,income
                 *     110101199003074518,张伟,1990-03-07,光明街道,5200.00
                 */
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/vnd.apache.parquet": string;
                "application/vnd.apache.arrow.stream": string;
                "application/vnd.ms-excel": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description the new version is in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        rows: number;
                        bytes: number;
                        ms: number;
                        sha256: string;
                        /**
                         * @description how the body was read: csv, xlsx, parquet or arrow
                         * @enum {string}
                         */
                        format?: "csv" | "parquet" | "arrow" | "xlsx";
                        /**
                         * @description the charset a CSV was decoded in, declared or detected (GBK is read as gb18030)
                         * @enum {string}
                         */
                        charset?: "utf-8" | "gb18030";
                        /** @description the worksheet an .xlsx upload was read from */
                        sheet?: string;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description over the upload limit, or a workbook that expands past the limits */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported content type or charset; a legacy .xls workbook */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the data does not fit the schema (details name row and column), an undetectable charset, an unreadable workbook or an unknown sheet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "masking_rules.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the dataset (公共数据资源); another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rule sets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: {
                            version: number;
                            document: {
                                [key: string]: unknown;
                            };
                            sha256: string;
                            createdBy: string;
                            createdAt: string;
                            keepsIdentifiers: boolean;
                            keptInClear: string[];
                            approval: {
                                /** @enum {string} */
                                status: "not_needed" | "pending" | "approved" | "rejected";
                                by: string | null;
                                at: string | null;
                                comment: string | null;
                            };
                        } | null;
                        versions: {
                            version: number;
                            document: {
                                [key: string]: unknown;
                            };
                            sha256: string;
                            createdBy: string;
                            createdAt: string;
                            keepsIdentifiers: boolean;
                            keptInClear: string[];
                            approval: {
                                /** @enum {string} */
                                status: "not_needed" | "pending" | "approved" | "rejected";
                                by: string | null;
                                at: string | null;
                                comment: string | null;
                            };
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "masking_rules.put": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the dataset (公共数据资源); another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Store a new version of the dataset’s masking and declassification rules (YAML or JSON; owning source unit) */
        requestBody: {
            content: {
                /**
                 * @example columns:
                 *       id_number:  { strategy: pseudonymize }
                 *       name:       { strategy: fake, kind: cn_name }
                 *       birth_date: { strategy: generalize, to: age_band, width: 10 }
                 *       income:     { strategy: noise, distribution: laplace, scale: 100 }
                 */
                "application/yaml": string;
                "application/x-yaml": string;
                "text/yaml": string;
                /**
                 * @example {
                 *       "columns": {
                 *         "id_number": {
                 *           "strategy": "pseudonymize"
                 *         },
                 *         "name": {
                 *           "strategy": "fake",
                 *           "kind": "cn_name"
                 *         },
                 *         "birth_date": {
                 *           "strategy": "generalize",
                 *           "to": "age_band",
                 *           "width": 10
                 *         },
                 *         "income": {
                 *           "strategy": "noise",
                 *           "distribution": "laplace",
                 *           "scale": 100
                 *         }
                 *       }
                 *     }
                 */
                "application/json": string;
            };
        };
        responses: {
            /** @description stored; a version that keeps identifiers in clear is pending until the authority approves it (see GET) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        sha256: string;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Content-Type is not one of those listed for the body */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid or incomplete: details name each column */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "masking_rules.approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the dataset (公共数据资源); another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
                /**
                 * @description A version number, from 1
                 * @example 2
                 */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "comment": "材料齐全，同意。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)
                     * @example approve
                     * @enum {string}
                     */
                    decision: "approve" | "reject";
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description decided */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        document: {
                            [key: string]: unknown;
                        };
                        sha256: string;
                        createdBy: string;
                        createdAt: string;
                        keepsIdentifiers: boolean;
                        keptInClear: string[];
                        approval: {
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "approved" | "rejected";
                            by: string | null;
                            at: string | null;
                            comment: string | null;
                        };
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unknown dataset or version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the version keeps no identifier in clear, or is already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "masking_rules.preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the dataset (公共数据资源); another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rules": {
                 *         "columns": {
                 *           "id_number": {
                 *             "strategy": "pseudonymize"
                 *           }
                 *         }
                 *       },
                 *       "limit": 10
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A rule set to try (as JSON); omit to preview the one in force
                     * @example {
                     *       "columns": {
                     *         "id_number": {
                     *           "strategy": "pseudonymize"
                     *         }
                     *       }
                     *     }
                     */
                    rules?: {
                        [key: string]: unknown;
                    };
                    /**
                     * @description How many sample rows to show before and after masking
                     * @default 10
                     * @example 10
                     */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description rows before and after masking; keptInClear names the personal/identifier columns the rules keep in clear */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        before: {
                            [key: string]: unknown;
                        }[];
                        after: {
                            [key: string]: unknown;
                        }[];
                        rulesVersion: number | null;
                        filteredOut: number;
                        keptInClear: string[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "dataset.detect": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the dataset (公共数据资源); another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one suggestion per column; evidence never quotes values */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: {
                            name: string;
                            semantic: string | null;
                            confidence: number;
                            suggestedRule: {
                                [key: string]: unknown;
                            };
                            evidence: string[];
                            personal: string;
                            identifier: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "application.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description applications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applications: {
                            id: string;
                            operatorId: string;
                            operatorUnit: string;
                            scenario: string;
                            purpose: string;
                            datasets: {
                                datasetId: string;
                                columns: string[];
                                ownerUnit: string;
                            }[];
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            status: "submitted" | "refused" | "approved" | "rejected";
                            createdAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            decisionComment: string | null;
                            consents: {
                                datasetId: string;
                                sourceUnit: string;
                                /** @enum {string} */
                                decision: "approve" | "reject";
                                comment: string | null;
                                decidedBy: string;
                                decidedAt: string;
                            }[];
                            /** @description refusals the authority reopened by coordination (协调), each with its note; each dataset at most once */
                            reopened: {
                                datasetId: string;
                                sourceUnit: string;
                                /** @enum {string} */
                                decision: "approve" | "reject";
                                comment: string | null;
                                decidedBy: string;
                                decidedAt: string;
                                reopenedBy: string;
                                reopenedAt: string;
                                note: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "application.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scenario": "就业帮扶",
                 *       "purpose": "统计各街道就业困难人员分布，用于精准帮扶",
                 *       "datasets": [
                 *         {
                 *           "datasetId": "ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *           "columns": [
                 *             "street",
                 *             "birth_date"
                 *           ]
                 *         }
                 *       ],
                 *       "startsAt": "2026-03-01T00:00:00+08:00",
                 *       "endsAt": "2026-12-31T23:59:59+08:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The application scenario (应用场景), within the directory
                     * @example 就业帮扶
                     */
                    scenario: string;
                    /**
                     * @description What the data is for, as the source units and the authority will read it
                     * @example 统计各街道就业困难人员分布，用于精准帮扶
                     */
                    purpose: string;
                    /**
                     * @description The datasets and columns asked for
                     * @example [
                     *       {
                     *         "datasetId": "ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                     *         "columns": [
                     *           "street",
                     *           "birth_date"
                     *         ]
                     *       }
                     *     ]
                     */
                    datasets: {
                        /**
                         * @description The id of a dataset (公共数据资源)
                         * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                         */
                        datasetId: string;
                        /**
                         * @description The columns asked for, each open to the scenario in the directory
                         * @example [
                         *       "street",
                         *       "birth_date"
                         *     ]
                         */
                        columns: string[];
                    }[];
                    /**
                     * Format: date-time
                     * @description When it starts (ISO 8601 with an offset)
                     * @example 2026-03-01T00:00:00+08:00
                     */
                    startsAt: string;
                    /**
                     * Format: date-time
                     * @description When it ends (ISO 8601 with an offset); after startsAt
                     * @example 2026-12-31T23:59:59+08:00
                     */
                    endsAt: string;
                };
            };
        };
        responses: {
            /** @description submitted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "submitted" | "refused" | "approved" | "rejected";
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description scope or term not acceptable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "application.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the application (申请); another tenant's record answers 404
                 * @example app_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operatorId: string;
                        operatorUnit: string;
                        scenario: string;
                        purpose: string;
                        datasets: {
                            datasetId: string;
                            columns: string[];
                            ownerUnit: string;
                        }[];
                        startsAt: string;
                        endsAt: string;
                        /** @enum {string} */
                        status: "submitted" | "refused" | "approved" | "rejected";
                        createdAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        consents: {
                            datasetId: string;
                            sourceUnit: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            comment: string | null;
                            decidedBy: string;
                            decidedAt: string;
                        }[];
                        /** @description refusals the authority reopened by coordination (协调), each with its note; each dataset at most once */
                        reopened: {
                            datasetId: string;
                            sourceUnit: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            comment: string | null;
                            decidedBy: string;
                            decidedAt: string;
                            reopenedBy: string;
                            reopenedAt: string;
                            note: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "application.consent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the application (申请); another tenant's record answers 404
                 * @example app_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "datasetId": "ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "decision": "approve",
                 *       "comment": "材料齐全，同意。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The id of a dataset (公共数据资源)
                     * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    datasetId: string;
                    /**
                     * @description The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)
                     * @example approve
                     * @enum {string}
                     */
                    decision: "approve" | "reject";
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operatorId: string;
                        operatorUnit: string;
                        scenario: string;
                        purpose: string;
                        datasets: {
                            datasetId: string;
                            columns: string[];
                            ownerUnit: string;
                        }[];
                        startsAt: string;
                        endsAt: string;
                        /** @enum {string} */
                        status: "submitted" | "refused" | "approved" | "rejected";
                        createdAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        consents: {
                            datasetId: string;
                            sourceUnit: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            comment: string | null;
                            decidedBy: string;
                            decidedAt: string;
                        }[];
                        /** @description refusals the authority reopened by coordination (协调), each with its note; each dataset at most once */
                        reopened: {
                            datasetId: string;
                            sourceUnit: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            comment: string | null;
                            decidedBy: string;
                            decidedAt: string;
                            reopenedBy: string;
                            reopenedAt: string;
                            note: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not your dataset */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already decided or consented */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a refusal without its reason */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "application.coordinate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the application (申请); another tenant's record answers 404
                 * @example app_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "datasetId": "ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "note": "已电话确认"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The id of a dataset (公共数据资源)
                     * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    datasetId: string;
                    /**
                     * @description A free-text note recorded with the record
                     * @example 已电话确认
                     */
                    note: string;
                };
            };
        };
        responses: {
            /** @description the application, submitted again once no refusal remains */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operatorId: string;
                        operatorUnit: string;
                        scenario: string;
                        purpose: string;
                        datasets: {
                            datasetId: string;
                            columns: string[];
                            ownerUnit: string;
                        }[];
                        startsAt: string;
                        endsAt: string;
                        /** @enum {string} */
                        status: "submitted" | "refused" | "approved" | "rejected";
                        createdAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        consents: {
                            datasetId: string;
                            sourceUnit: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            comment: string | null;
                            decidedBy: string;
                            decidedAt: string;
                        }[];
                        /** @description refusals the authority reopened by coordination (协调), each with its note; each dataset at most once */
                        reopened: {
                            datasetId: string;
                            sourceUnit: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            comment: string | null;
                            decidedBy: string;
                            decidedAt: string;
                            reopenedBy: string;
                            reopenedAt: string;
                            note: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found, or the dataset is not in the application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not refused, the dataset was not refused, or it was coordinated once already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "application.decide": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the application (申请); another tenant's record answers 404
                 * @example app_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "comment": "材料齐全，同意。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)
                     * @example approve
                     * @enum {string}
                     */
                    decision: "approve" | "reject";
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description decided */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "submitted" | "refused" | "approved" | "rejected";
                        agreementId?: string;
                        sandboxId?: string;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already decided, or a consent is missing */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            id: string;
                            applicationId: string;
                            operatorId: string;
                            operatorUnit: string;
                            scenario: string;
                            scope: {
                                datasetId: string;
                                columns: string[];
                                ownerUnit: string;
                            }[];
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "expired" | "terminated" | "sealed" | "destroyed";
                            sandboxId: string;
                            createdAt: string;
                            statusChangedAt: string;
                            statusReason: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the agreement (授权运营协议); another tenant's record answers 404
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationId: string;
                        operatorId: string;
                        operatorUnit: string;
                        scenario: string;
                        scope: {
                            datasetId: string;
                            columns: string[];
                            ownerUnit: string;
                        }[];
                        startsAt: string;
                        endsAt: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "expired" | "terminated" | "sealed" | "destroyed";
                        sandboxId: string;
                        createdAt: string;
                        statusChangedAt: string;
                        statusReason: string | null;
                        history: {
                            at: string;
                            from: string;
                            to: string;
                            actorId: string | null;
                            reason: string | null;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.suspend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the agreement (授权运营协议); another tenant's record answers 404
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "发现疑似数据泄露，暂停使用以便核查"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Why, in words the parties will read; recorded in the audit log
                     * @example 发现疑似数据泄露，暂停使用以便核查
                     */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the agreement after the transition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationId: string;
                        operatorId: string;
                        operatorUnit: string;
                        scenario: string;
                        scope: {
                            datasetId: string;
                            columns: string[];
                            ownerUnit: string;
                        }[];
                        startsAt: string;
                        endsAt: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "expired" | "terminated" | "sealed" | "destroyed";
                        sandboxId: string;
                        createdAt: string;
                        statusChangedAt: string;
                        statusReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed from the current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the agreement (授权运营协议); another tenant's record answers 404
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "发现疑似数据泄露，暂停使用以便核查"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Why, in words the parties will read; recorded in the audit log
                     * @example 发现疑似数据泄露，暂停使用以便核查
                     */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description the agreement after the transition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationId: string;
                        operatorId: string;
                        operatorUnit: string;
                        scenario: string;
                        scope: {
                            datasetId: string;
                            columns: string[];
                            ownerUnit: string;
                        }[];
                        startsAt: string;
                        endsAt: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "expired" | "terminated" | "sealed" | "destroyed";
                        sandboxId: string;
                        createdAt: string;
                        statusChangedAt: string;
                        statusReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed from the current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.terminate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the agreement (授权运营协议); another tenant's record answers 404
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "发现疑似数据泄露，暂停使用以便核查"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Why, in words the parties will read; recorded in the audit log
                     * @example 发现疑似数据泄露，暂停使用以便核查
                     */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the agreement after the transition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationId: string;
                        operatorId: string;
                        operatorUnit: string;
                        scenario: string;
                        scope: {
                            datasetId: string;
                            columns: string[];
                            ownerUnit: string;
                        }[];
                        startsAt: string;
                        endsAt: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "expired" | "terminated" | "sealed" | "destroyed";
                        sandboxId: string;
                        createdAt: string;
                        statusChangedAt: string;
                        statusReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed from the current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.settings.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the agreement (授权运营协议); another tenant's record answers 404
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kMin: number;
                        queryTimeoutMs: number;
                        maxSuppressedShare: number;
                        dominanceShare: number;
                        pRatio: number;
                        runsPerDay: number;
                        runsPerModelPerDay: number;
                        productCallsPerDay: number;
                        /** @description releases need two different reviewers (always on for important or core data) */
                        twoPersonRelease: boolean;
                        /** @description the agreement holds important or core data, so two-person release cannot be switched off */
                        twoPersonReleaseRequired: boolean;
                        /**
                         * @description the period of its filings (定期报备)
                         * @enum {string}
                         */
                        filingPeriod: "monthly" | "quarterly" | "half-yearly" | "yearly";
                        /** @description days after a period’s end until its filing is due */
                        filingGraceDays: number;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.settings.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the agreement (授权运营协议); another tenant's record answers 404
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kMin": 10,
                 *       "queryTimeoutMs": 30000,
                 *       "maxSuppressedShare": 0.2,
                 *       "dominanceShare": 0.8,
                 *       "pRatio": 0.1,
                 *       "runsPerDay": 200,
                 *       "runsPerModelPerDay": 20,
                 *       "productCallsPerDay": 10000,
                 *       "twoPersonRelease": true,
                 *       "filingPeriod": "quarterly",
                 *       "filingGraceDays": 15
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The least number of people behind any released cell (k-anonymity threshold; never below 3)
                     * @example 10
                     */
                    kMin?: number;
                    /**
                     * @description How long one statement may run, in milliseconds
                     * @example 30000
                     */
                    queryTimeoutMs?: number;
                    /**
                     * @description The largest share of rows disclosure control may suppress before the run is blocked
                     * @example 0.2
                     */
                    maxSuppressedShare?: number;
                    /**
                     * @description Dominance rule: a cell is unsafe when one contributor holds more than this share of it
                     * @example 0.8
                     */
                    dominanceShare?: number;
                    /**
                     * @description p% rule: a cell is unsafe when the others estimate the largest contributor within this ratio
                     * @example 0.1
                     */
                    pRatio?: number;
                    /**
                     * @description Model runs the agreement may start per day
                     * @example 200
                     */
                    runsPerDay?: number;
                    /**
                     * @description Runs of one model per day (limits differencing attacks)
                     * @example 20
                     */
                    runsPerModelPerDay?: number;
                    /**
                     * @description Calls of its API products per day
                     * @example 10000
                     */
                    productCallsPerDay?: number;
                    /**
                     * @description Releases need two different reviewers (always on for important or core data)
                     * @example true
                     */
                    twoPersonRelease?: boolean;
                    /**
                     * @description How often the operator files its scheduled report (定期报备)
                     * @example quarterly
                     * @enum {string}
                     */
                    filingPeriod?: "monthly" | "quarterly" | "half-yearly" | "yearly";
                    /**
                     * @description Days after a period ends before its filing is overdue
                     * @example 15
                     */
                    filingGraceDays?: number;
                };
            };
        };
        responses: {
            /** @description the settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kMin: number;
                        queryTimeoutMs: number;
                        maxSuppressedShare: number;
                        dominanceShare: number;
                        pRatio: number;
                        runsPerDay: number;
                        runsPerModelPerDay: number;
                        productCallsPerDay: number;
                        /** @description releases need two different reviewers (always on for important or core data) */
                        twoPersonRelease: boolean;
                        /** @description the agreement holds important or core data, so two-person release cannot be switched off */
                        twoPersonReleaseRequired: boolean;
                        /**
                         * @description the period of its filings (定期报备)
                         * @enum {string}
                         */
                        filingPeriod: "monthly" | "quarterly" | "half-yearly" | "yearly";
                        /** @description days after a period’s end until its filing is due */
                        filingGraceDays: number;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the filing period is in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a setting would loosen a default */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.certificate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the agreement (授权运营协议); another tenant's record answers 404
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificateId: string;
                        agreementId: string;
                        sandboxId: string;
                        operatorId: string;
                        operatorUnit: string;
                        files: {
                            name: string;
                            size: number;
                            sha256: string;
                        }[];
                        sealedAt: string;
                        destroyedAt: string;
                        keyDestruction: {
                            keyId: string;
                            sealedKeySha256: string;
                            destroyedAt: string;
                            method: string;
                        };
                        nothingRemains: boolean;
                        auditHead: {
                            seq: number;
                            hash: string;
                        };
                        hash: string;
                        /** @description the platform's signature over `hash`: SM2 (GB/T 32918, SM3, identifier 1234567812345678; public key 04‖x‖y, signature DER, hex) under the 国密 profile, Ed25519 (raw public key, hex) under intl; the public key is also published by GET /audit/anchor */
                        signature?: {
                            /** @enum {string} */
                            algorithm: "SM2-with-SM3" | "Ed25519";
                            publicKey: string;
                            value: string;
                        };
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not destroyed yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "sandbox.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the sandbox (数据沙箱); another tenant's record answers 404
                 * @example sbx_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the sandbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        /** @enum {string} */
                        state: "provisioning" | "ready" | "suspended" | "sealed" | "destroyed" | "failed";
                        progress: {
                            done: number;
                            total: number;
                        };
                        tables: {
                            name: string;
                            rows: number;
                            columns: {
                                name: string;
                                type: string;
                            }[];
                        }[];
                        loadedFrom: {
                            datasetId: string;
                            table: string;
                            vaultVersion: number;
                            rulesVersion: number;
                        }[];
                        error: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description sealed or destroyed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The sandbox workers are busy (code busy); retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "sandbox.query": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the sandbox (数据沙箱); another tenant's record answers 404
                 * @example sbx_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sql": "SELECT street, count(*) AS people FROM residents GROUP BY street",
                 *       "tier": "dev"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description One read-only SELECT on the sandbox tables
                     * @example SELECT street, count(*) AS people FROM residents GROUP BY street
                     */
                    sql: string;
                    /**
                     * @description dev: the synthetic twin; live is refused (403): live data is reached only through approved models
                     * @default dev
                     * @example dev
                     * @enum {string}
                     */
                    tier?: "dev" | "live";
                };
            };
        };
        responses: {
            /** @description the result, capped; `truncated` says when rows were cut */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: {
                            name: string;
                            type: string;
                        }[];
                        rows: unknown[][];
                        rowCount: number;
                        truncated: boolean;
                    };
                    "application/vnd.apache.arrow.stream": {
                        columns: {
                            name: string;
                            type: string;
                        }[];
                        rows: unknown[][];
                        rowCount: number;
                        truncated: boolean;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description tier live */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timed out */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description sealed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description statement refused by the guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The sandbox workers are busy (code busy); retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "sandbox.schema": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the sandbox (数据沙箱); another tenant's record answers 404
                 * @example sbx_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description tables */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tables: {
                            name: string;
                            datasetId: string;
                            title: string;
                            rows: number;
                            vaultVersion: number;
                            rulesVersion: number;
                            columns: {
                                name: string;
                                type: string;
                                description?: string;
                                semantic?: string;
                                masking: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the agreement is sealed or destroyed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The sandbox workers are busy (code busy); retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "model.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the sandbox (数据沙箱); another tenant's record answers 404
                 * @example sbx_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description models */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        models: {
                            id: string;
                            sandboxId: string;
                            agreementId: string;
                            name: string;
                            version: number;
                            sql: string;
                            parameters: {
                                name: string;
                                type: string;
                            }[];
                            purpose: string;
                            sha256: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "rejected";
                            checks: {
                                name: string;
                                passed: boolean;
                                message: string;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            recordLevelGranted: boolean;
                            unsafeStatisticsGranted: boolean;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the agreement is sealed or destroyed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The sandbox workers are busy (code busy); retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "model.submit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the sandbox (数据沙箱); another tenant's record answers 404
                 * @example sbx_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "街道就业困难人员统计",
                 *       "sql": "SELECT street, count(*) AS people FROM residents WHERE birth_date < $born_before GROUP BY street",
                 *       "parameters": [
                 *         {
                 *           "name": "born_before",
                 *           "type": "DATE"
                 *         }
                 *       ],
                 *       "purpose": "按街道统计60岁以上常住人口，用于养老服务规划",
                 *       "exampleParams": {
                 *         "born_before": "1966-01-01"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The model’s name; a new submission under the same name is its next version
                     * @example 街道就业困难人员统计
                     */
                    name: string;
                    /**
                     * @description One SELECT; parameters are written $name
                     * @example SELECT street, count(*) AS people FROM residents WHERE birth_date < $born_before GROUP BY street
                     */
                    sql: string;
                    /**
                     * @description The parameters the SQL takes
                     * @default []
                     * @example [
                     *       {
                     *         "name": "born_before",
                     *         "type": "DATE"
                     *       }
                     *     ]
                     */
                    parameters?: {
                        /**
                         * @description The parameter’s name, used as $name in the SQL
                         * @example born_before
                         */
                        name: string;
                        /**
                         * @description The type its values are bound as
                         * @example DATE
                         * @enum {string}
                         */
                        type: "VARCHAR" | "INTEGER" | "BIGINT" | "DOUBLE" | "DATE" | "BOOLEAN";
                    }[];
                    /**
                     * @description What the output is for, for the reviewer (模型查验)
                     * @example 按街道统计60岁以上常住人口，用于养老服务规划
                     */
                    purpose: string;
                    /**
                     * @description Parameter values for the automatic checks’ trial run on the twin
                     * @example {
                     *       "born_before": "1966-01-01"
                     *     }
                     */
                    exampleParams?: {
                        [key: string]: string | number | boolean;
                    };
                };
            };
        };
        responses: {
            /** @description submitted, with the checks */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        version: number;
                        sha256: string;
                        /** @enum {string} */
                        status: "submitted" | "approved" | "rejected";
                        checks: {
                            name: string;
                            passed: boolean;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the agreement is sealed or destroyed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused by the statement guard or the live form, or fails on the dev twin */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The sandbox workers are busy (code busy); retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "model.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the model (模型); another tenant's record answers 404
                 * @example mdl_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sandboxId: string;
                        agreementId: string;
                        name: string;
                        version: number;
                        sql: string;
                        parameters: {
                            name: string;
                            type: string;
                        }[];
                        purpose: string;
                        sha256: string;
                        /** @enum {string} */
                        status: "submitted" | "approved" | "rejected";
                        checks: {
                            name: string;
                            passed: boolean;
                            message: string;
                        }[];
                        createdBy: string;
                        createdAt: string;
                        reviewedBy: string | null;
                        reviewedAt: string | null;
                        reviewComment: string | null;
                        recordLevelGranted: boolean;
                        unsafeStatisticsGranted: boolean;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "model.review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the model (模型); another tenant's record answers 404
                 * @example mdl_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "comment": "材料齐全，同意。",
                 *       "grantRecordLevel": false,
                 *       "grantUnsafeStatistics": false
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)
                     * @example approve
                     * @enum {string}
                     */
                    decision: "approve" | "reject";
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                    /**
                     * @description Allow records or pseudonyms in the output (record-level output)
                     * @default false
                     * @example false
                     */
                    grantRecordLevel?: boolean;
                    /**
                     * @description Allow min, max and the like (their cells face the dominance checks)
                     * @default false
                     * @example false
                     */
                    grantUnsafeStatistics?: boolean;
                };
            };
        };
        responses: {
            /** @description the reviewed model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sandboxId: string;
                        agreementId: string;
                        name: string;
                        version: number;
                        sql: string;
                        parameters: {
                            name: string;
                            type: string;
                        }[];
                        purpose: string;
                        sha256: string;
                        /** @enum {string} */
                        status: "submitted" | "approved" | "rejected";
                        checks: {
                            name: string;
                            passed: boolean;
                            message: string;
                        }[];
                        createdBy: string;
                        createdAt: string;
                        reviewedBy: string | null;
                        reviewedAt: string | null;
                        reviewComment: string | null;
                        recordLevelGranted: boolean;
                        unsafeStatisticsGranted: boolean;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already reviewed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "run.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the model (模型); another tenant's record answers 404
                 * @example mdl_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "params": {
                 *         "born_before": "1966-01-01"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A value for each of the model’s parameters, by name
                     * @default {}
                     * @example {
                     *       "born_before": "1966-01-01"
                     *     }
                     */
                    params?: {
                        [key: string]: string | number | boolean;
                    };
                };
            };
        };
        responses: {
            /** @description queued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        modelId: string;
                        /** @enum {string} */
                        status: "queued" | "running" | "awaiting-release" | "released" | "rejected";
                        params: {
                            [key: string]: unknown;
                        };
                        createdAt: string;
                        updatedAt: string;
                        releaseComment?: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description model not approved */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the agreement is sealed or destroyed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description run budget exhausted */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "run.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the sandbox (数据沙箱); another tenant's record answers 404
                 * @example sbx_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runs: ({
                            id: string;
                            modelId: string;
                            agreementId: string;
                            sandboxId: string;
                            params: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected";
                            rowCount: number;
                            disclosure: {
                                suppressedRows: number;
                                checks: {
                                    name: string;
                                    passed: boolean;
                                    message: string;
                                }[];
                            };
                            outputSha256: string | null;
                            fingerprint: string | null;
                            runBy: string;
                            createdAt: string;
                            startedAt: string;
                            finishedAt: string | null;
                            failure: string | null;
                            reviewOpenedBy: string | null;
                            reviewOpenedAt: string | null;
                            releasedBy: string | null;
                            releasedAt: string | null;
                            releaseComment: string | null;
                            /** @description the first of two approvals under two-person release */
                            firstApproval: {
                                by: string;
                                at: string;
                                comment: string | null;
                            } | null;
                        } | {
                            id: string;
                            modelId: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "awaiting-release" | "released" | "rejected";
                            params: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            updatedAt: string;
                            releaseComment?: string | null;
                        })[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The sandbox workers are busy (code busy); retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "run.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the model run (运行); another tenant's record answers 404
                 * @example run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        modelId: string;
                        agreementId: string;
                        sandboxId: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status: "queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected";
                        rowCount: number;
                        disclosure: {
                            suppressedRows: number;
                            checks: {
                                name: string;
                                passed: boolean;
                                message: string;
                            }[];
                        };
                        outputSha256: string | null;
                        fingerprint: string | null;
                        runBy: string;
                        createdAt: string;
                        startedAt: string;
                        finishedAt: string | null;
                        failure: string | null;
                        reviewOpenedBy: string | null;
                        reviewOpenedAt: string | null;
                        releasedBy: string | null;
                        releasedAt: string | null;
                        releaseComment: string | null;
                        /** @description the first of two approvals under two-person release */
                        firstApproval: {
                            by: string;
                            at: string;
                            comment: string | null;
                        } | null;
                    } | {
                        id: string;
                        modelId: string;
                        /** @enum {string} */
                        status: "queued" | "running" | "awaiting-release" | "released" | "rejected";
                        params: {
                            [key: string]: unknown;
                        };
                        createdAt: string;
                        updatedAt: string;
                        releaseComment?: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "run.review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the model run (运行); another tenant's record answers 404
                 * @example run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description what the reviewer reads */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "run.release": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the model run (运行); another tenant's record answers 404
                 * @example run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "comment": "材料齐全，同意。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)
                     * @example approve
                     * @enum {string}
                     */
                    decision: "approve" | "reject";
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description the decided run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        modelId: string;
                        agreementId: string;
                        sandboxId: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status: "queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected";
                        rowCount: number;
                        disclosure: {
                            suppressedRows: number;
                            checks: {
                                name: string;
                                passed: boolean;
                                message: string;
                            }[];
                        };
                        outputSha256: string | null;
                        fingerprint: string | null;
                        runBy: string;
                        createdAt: string;
                        startedAt: string;
                        finishedAt: string | null;
                        failure: string | null;
                        reviewOpenedBy: string | null;
                        reviewOpenedAt: string | null;
                        releasedBy: string | null;
                        releasedAt: string | null;
                        releaseComment: string | null;
                        /** @description the first of two approvals under two-person release */
                        firstApproval: {
                            by: string;
                            at: string;
                            comment: string | null;
                        } | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not awaiting release, or the airlock view was not opened */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "run.output": {
        parameters: {
            query?: {
                /**
                 * @description The format of the answer, one of the values listed
                 * @example csv
                 */
                format?: "json" | "csv" | "parquet" | "arrow";
            };
            header?: never;
            path: {
                /**
                 * @description The id of the model run (运行); another tenant's record answers 404
                 * @example run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the output */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/csv": unknown;
                    "application/vnd.apache.parquet": unknown;
                    "application/vnd.apache.arrow.stream": unknown;
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not released */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "output.trace": {
        parameters: {
            query: {
                /**
                 * @description The fingerprint found in the file (X-Shuyu-Fingerprint, or the file’s fingerprint line or metadata)
                 * @example 9f2c4e7a1b3d5f608a7c9e1b2d4f6a8c
                 */
                fingerprint: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        modelId: string;
                        agreementId: string;
                        sandboxId: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status: "queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected";
                        rowCount: number;
                        disclosure: {
                            suppressedRows: number;
                            checks: {
                                name: string;
                                passed: boolean;
                                message: string;
                            }[];
                        };
                        outputSha256: string | null;
                        fingerprint: string | null;
                        runBy: string;
                        createdAt: string;
                        startedAt: string;
                        finishedAt: string | null;
                        failure: string | null;
                        reviewOpenedBy: string | null;
                        reviewOpenedAt: string | null;
                        releasedBy: string | null;
                        releasedAt: string | null;
                        releaseComment: string | null;
                        /** @description the first of two approvals under two-person release */
                        firstApproval: {
                            by: string;
                            at: string;
                            comment: string | null;
                        } | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unknown fingerprint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "product.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        products: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "dataset" | "api";
                            runId: string | null;
                            modelId: string | null;
                            agreementId: string;
                            sandboxId: string;
                            operatorId: string;
                            operatorUnit: string;
                            sourceUnits: string[];
                            description: string;
                            grantees: string[];
                            /** @enum {string} */
                            status: "submitted" | "registered" | "rejected" | "retired";
                            createdAt: string;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            parameterDomains: {
                                [key: string]: {
                                    values?: unknown[];
                                    min?: unknown;
                                    max?: unknown;
                                };
                            } | null;
                            /** @description once registered (登记): the registration’s validity and renewals */
                            registration?: {
                                registeredAt: string;
                                /** @description three years from the registration, three more per renewal */
                                expiresAt: string;
                                /** @description 90 days before the expiry: the authority may renew from then on */
                                renewalOpensAt: string;
                                /**
                                 * @description `expired`: the product stops serving (410 registration_expired) until renewed
                                 * @enum {string}
                                 */
                                state: "valid" | "renewal_due" | "expired";
                                renewals: {
                                    productId: string;
                                    previousExpiry: string;
                                    newExpiry: string;
                                    renewedBy: string;
                                    renewedAt: string;
                                    comment: string | null;
                                }[];
                            } | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "product.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "光明区街道就业困难人员分布（季度）",
                 *       "kind": "dataset",
                 *       "runId": "run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "modelId": "mdl_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "description": "按季度发布各街道就业困难人员数量，供人社部门规划帮扶",
                 *       "grantees": [
                 *         "光明区人力资源局"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The product’s name in the register
                     * @example 光明区街道就业困难人员分布（季度）
                     */
                    name: string;
                    /**
                     * @description dataset: a released output (give runId); api: an approved model others may call (give modelId)
                     * @example dataset
                     * @enum {string}
                     */
                    kind: "dataset" | "api";
                    /**
                     * @description The id of a released model run
                     * @example run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    runId?: string;
                    /**
                     * @description The id of an approved model
                     * @example mdl_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    modelId?: string;
                    /**
                     * @description What the product offers and to whom
                     * @example 按季度发布各街道就业困难人员数量，供人社部门规划帮扶
                     */
                    description: string;
                    /**
                     * @description The units that may use the product (API products)
                     * @default []
                     * @example [
                     *       "光明区人力资源局"
                     *     ]
                     */
                    grantees?: string[];
                };
            };
        };
        responses: {
            /** @description submitted for review */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "submitted" | "registered" | "rejected" | "retired";
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "product.review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the data product or service (数据产品和服务); another tenant's record answers 404
                 * @example prd_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "comment": "材料齐全，同意。",
                 *       "parameterDomains": {
                 *         "street": {
                 *           "values": [
                 *             "光明街道",
                 *             "公明街道"
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)
                     * @example approve
                     * @enum {string}
                     */
                    decision: "approve" | "reject";
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                    /**
                     * @description For an API product: the values each parameter may take when others call it
                     * @example {
                     *       "street": {
                     *         "values": [
                     *           "光明街道",
                     *           "公明街道"
                     *         ]
                     *       }
                     *     }
                     */
                    parameterDomains?: {
                        [key: string]: {
                            /**
                             * @description The only values callers may pass
                             * @example [
                             *       "光明街道",
                             *       "公明街道"
                             *     ]
                             */
                            values?: (string | number | boolean)[];
                            /**
                             * @description The least value callers may pass
                             * @example 1950-01-01
                             */
                            min?: number | string;
                            /**
                             * @description The greatest value callers may pass
                             * @example 2000-12-31
                             */
                            max?: number | string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description the reviewed product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "dataset" | "api";
                        runId: string | null;
                        modelId: string | null;
                        agreementId: string;
                        sandboxId: string;
                        operatorId: string;
                        operatorUnit: string;
                        sourceUnits: string[];
                        description: string;
                        grantees: string[];
                        /** @enum {string} */
                        status: "submitted" | "registered" | "rejected" | "retired";
                        createdAt: string;
                        reviewedBy: string | null;
                        reviewedAt: string | null;
                        reviewComment: string | null;
                        parameterDomains: {
                            [key: string]: {
                                values?: unknown[];
                                min?: unknown;
                                max?: unknown;
                            };
                        } | null;
                        /** @description once registered (登记): the registration’s validity and renewals */
                        registration?: {
                            registeredAt: string;
                            /** @description three years from the registration, three more per renewal */
                            expiresAt: string;
                            /** @description 90 days before the expiry: the authority may renew from then on */
                            renewalOpensAt: string;
                            /**
                             * @description `expired`: the product stops serving (410 registration_expired) until renewed
                             * @enum {string}
                             */
                            state: "valid" | "renewal_due" | "expired";
                            renewals: {
                                productId: string;
                                previousExpiry: string;
                                newExpiry: string;
                                renewedBy: string;
                                renewedAt: string;
                                comment: string | null;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description an API product needs a domain for each parameter */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "product.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the data product or service (数据产品和服务); another tenant's record answers 404
                 * @example prd_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "dataset" | "api";
                        runId: string | null;
                        modelId: string | null;
                        agreementId: string;
                        sandboxId: string;
                        operatorId: string;
                        operatorUnit: string;
                        sourceUnits: string[];
                        description: string;
                        grantees: string[];
                        /** @enum {string} */
                        status: "submitted" | "registered" | "rejected" | "retired";
                        createdAt: string;
                        reviewedBy: string | null;
                        reviewedAt: string | null;
                        reviewComment: string | null;
                        parameterDomains: {
                            [key: string]: {
                                values?: unknown[];
                                min?: unknown;
                                max?: unknown;
                            };
                        } | null;
                        /** @description once registered (登记): the registration’s validity and renewals */
                        registration?: {
                            registeredAt: string;
                            /** @description three years from the registration, three more per renewal */
                            expiresAt: string;
                            /** @description 90 days before the expiry: the authority may renew from then on */
                            renewalOpensAt: string;
                            /**
                             * @description `expired`: the product stops serving (410 registration_expired) until renewed
                             * @enum {string}
                             */
                            state: "valid" | "renewal_due" | "expired";
                            renewals: {
                                productId: string;
                                previousExpiry: string;
                                newExpiry: string;
                                renewedBy: string;
                                renewedAt: string;
                                comment: string | null;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "product.invoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the data product or service (数据产品和服务); another tenant's record answers 404
                 * @example prd_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: {
                            name: string;
                            type: string;
                        }[];
                        rows: unknown[][];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ended with its agreement, or its registration expired (registration_expired) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description withheld by disclosure control, or parameters outside the approved domain */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate limit or daily budget */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "product.data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the data product or service (数据产品和服务); another tenant's record answers 404
                 * @example prd_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the output and its manifest */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: {
                            name: string;
                            type: string;
                        }[];
                        rows: unknown[][];
                        manifest: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ended with its agreement, or its registration expired (registration_expired) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "model.list-all": {
        parameters: {
            query?: {
                /**
                 * @description Only records in these states (repeat the parameter for several): submitted, approved, rejected
                 * @example submitted
                 */
                status?: ("submitted" | "approved" | "rejected") | ("submitted" | "approved" | "rejected")[];
                /**
                 * @description How many records to return at most
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description The opaque cursor from the previous page’s nextCursor; omit for the first page
                 * @example YXNjOjEwMA
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of models */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        models: {
                            id: string;
                            sandboxId: string;
                            agreementId: string;
                            name: string;
                            version: number;
                            sql: string;
                            parameters: {
                                name: string;
                                type: string;
                            }[];
                            purpose: string;
                            sha256: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "rejected";
                            checks: {
                                name: string;
                                passed: boolean;
                                message: string;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            recordLevelGranted: boolean;
                            unsafeStatisticsGranted: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description invalid status, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "run.list-all": {
        parameters: {
            query?: {
                /**
                 * @description Only records in these states (repeat the parameter for several): queued, running, blocked, failed, awaiting-release, released, rejected
                 * @example queued
                 */
                status?: ("queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected") | ("queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected")[];
                /**
                 * @description How many records to return at most
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description The opaque cursor from the previous page’s nextCursor; omit for the first page
                 * @example YXNjOjEwMA
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of runs (reviewers: whole runs; operators: the operator view) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runs: ({
                            id: string;
                            modelId: string;
                            agreementId: string;
                            sandboxId: string;
                            params: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected";
                            rowCount: number;
                            disclosure: {
                                suppressedRows: number;
                                checks: {
                                    name: string;
                                    passed: boolean;
                                    message: string;
                                }[];
                            };
                            outputSha256: string | null;
                            fingerprint: string | null;
                            runBy: string;
                            createdAt: string;
                            startedAt: string;
                            finishedAt: string | null;
                            failure: string | null;
                            reviewOpenedBy: string | null;
                            reviewOpenedAt: string | null;
                            releasedBy: string | null;
                            releasedAt: string | null;
                            releaseComment: string | null;
                            /** @description the first of two approvals under two-person release */
                            firstApproval: {
                                by: string;
                                at: string;
                                comment: string | null;
                            } | null;
                        } | {
                            id: string;
                            modelId: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "awaiting-release" | "released" | "rejected";
                            params: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            updatedAt: string;
                            releaseComment?: string | null;
                        })[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description invalid status, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inbox.read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "applications.decide" | "applications.awaiting-consent" | "applications.refused" | "models.review" | "runs.release" | "products.review" | "applications.consent" | "runs.released" | "applications.pending" | "audit.entries" | "feedback.open" | "feedback.answered" | "filings.due" | "filings.overdue" | "risks.open" | "qualifications.review" | "directory.review" | "partners.review";
                            count: number;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "subject.request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "semantic": "cn_id",
                 *       "value": "110101199003074518"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description What kind of identifier the value is (the semantic of the column that holds it)
                     * @example cn_id
                     * @enum {string}
                     */
                    semantic: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
                    /**
                     * @description The person’s identifier, e.g. a resident ID number; it is hashed at once and never stored or logged
                     * @example 110101199003074518
                     */
                    value: string;
                };
            };
        };
        responses: {
            /** @description the uses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        matches: {
                            agreementId: string;
                            agreementStatus: string;
                            datasetId: string;
                            vaultVersions: number[];
                            runs: string[];
                            products: string[];
                            /** @description the runs the person’s records reached, with why */
                            runItems: {
                                id: string;
                                /**
                                 * @description contributed-rows: the stored lineage of a released output holds the person; read-table: it read a table holding the person, and no row lineage was kept (not released, record-level, an API product); read-table-unchecked: released, but the sandbox is gone and its lineage can no longer be run
                                 * @enum {string}
                                 */
                                reason: "contributed-rows" | "read-table" | "read-table-unchecked";
                                /** @description the sandbox tables it read */
                                tables: string[];
                            }[];
                            /** @description the products the person’s records reached, with why */
                            productItems: {
                                id: string;
                                /**
                                 * @description contributed-rows: the stored lineage of a released output holds the person; read-table: it read a table holding the person, and no row lineage was kept (not released, record-level, an API product); read-table-unchecked: released, but the sandbox is gone and its lineage can no longer be run
                                 * @enum {string}
                                 */
                                reason: "contributed-rows" | "read-table" | "read-table-unchecked";
                                /** @description the sandbox tables it read */
                                tables: string[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "entrustment.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description entrustments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entrustments: {
                            id: string;
                            examinerId: string;
                            agreementId: string | null;
                            note: string | null;
                            createdBy: string;
                            createdAt: string;
                            revokedBy: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "entrustment.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "examinerId": "prn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "agreementId": "agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "note": "已电话确认"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The id of an examiner principal (模型查验机构)
                     * @example prn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    examinerId: string;
                    /**
                     * @description The id of an agreement (授权运营协议)
                     * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    agreementId: string | null;
                    /**
                     * @description A free-text note recorded with the record
                     * @example 已电话确认
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description entrusted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        examinerId: string;
                        agreementId: string | null;
                        note: string | null;
                        createdBy: string;
                        createdAt: string;
                        revokedBy: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already entrusted with this scope */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not an active examiner, or no such agreement */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "entrustment.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the entrustment of an examiner (委托); another tenant's record answers 404
                 * @example ent_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        examinerId: string;
                        agreementId: string | null;
                        note: string | null;
                        createdBy: string;
                        createdAt: string;
                        revokedBy: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "public.disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generatedAt: string;
                        current: {
                            agreementId: string;
                            operatorUnit: string;
                            scenario: string;
                            state: string;
                            startsAt: string;
                            endsAt: string;
                            datasets: {
                                title: string;
                                sourceUnit: string;
                                level: string;
                                openness: string;
                                columns: string[];
                            }[];
                            products: {
                                name: string;
                                kind: string;
                                status: string;
                                registeredAt: string | null;
                            }[];
                        }[];
                        past: {
                            agreementId: string;
                            operatorUnit: string;
                            scenario: string;
                            state: string;
                            startsAt: string;
                            endsAt: string;
                            datasets: {
                                title: string;
                                sourceUnit: string;
                                level: string;
                                openness: string;
                                columns: string[];
                            }[];
                            products: {
                                name: string;
                                kind: string;
                                status: string;
                                registeredAt: string | null;
                            }[];
                        }[];
                    };
                    "text/html": {
                        generatedAt: string;
                        current: {
                            agreementId: string;
                            operatorUnit: string;
                            scenario: string;
                            state: string;
                            startsAt: string;
                            endsAt: string;
                            datasets: {
                                title: string;
                                sourceUnit: string;
                                level: string;
                                openness: string;
                                columns: string[];
                            }[];
                            products: {
                                name: string;
                                kind: string;
                                status: string;
                                registeredAt: string | null;
                            }[];
                        }[];
                        past: {
                            agreementId: string;
                            operatorUnit: string;
                            scenario: string;
                            state: string;
                            startsAt: string;
                            endsAt: string;
                            datasets: {
                                title: string;
                                sourceUnit: string;
                                level: string;
                                openness: string;
                                columns: string[];
                            }[];
                            products: {
                                name: string;
                                kind: string;
                                status: string;
                                registeredAt: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "usage.statement": {
        parameters: {
            query: {
                /**
                 * @description The month of the statement, YYYY-MM
                 * @example 2026-03
                 */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the statement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": {
                        month: string;
                        lines: {
                            month: string;
                            agreementId: string;
                            operatorUnit: string;
                            scenario: string;
                            productId: string | null;
                            productName: string | null;
                            runs: number;
                            releases: number;
                            rowsReleased: number;
                            productCalls: number;
                            rowsServed: number;
                        }[];
                    };
                    "application/json": {
                        month: string;
                        lines: {
                            month: string;
                            agreementId: string;
                            operatorUnit: string;
                            scenario: string;
                            productId: string | null;
                            productName: string | null;
                            runs: number;
                            releases: number;
                            rowsReleased: number;
                            productCalls: number;
                            rowsServed: number;
                        }[];
                    };
                };
            };
            /** @description month missing or not YYYY-MM */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "risk_report.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        riskReports: {
                            id: string;
                            agreementId: string;
                            operatorUnit: string;
                            /** @enum {string} */
                            source: "operator_suspension" | "authority";
                            summary: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "closed";
                            openedBy: string;
                            openedAt: string;
                            acknowledgedBy: string | null;
                            acknowledgedAt: string | null;
                            acknowledgement: string | null;
                            closedBy: string | null;
                            closedAt: string | null;
                            resolution: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "risk_report.open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "agreementId": "agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "summary": "发现合作方人员违规导出样本数据，已暂停其账号"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The id of an agreement (授权运营协议)
                     * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    agreementId: string;
                    /**
                     * @description What happened and what was done at once (风险报备)
                     * @example 发现合作方人员违规导出样本数据，已暂停其账号
                     */
                    summary: string;
                };
            };
        };
        responses: {
            /** @description opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        /** @enum {string} */
                        source: "operator_suspension" | "authority";
                        summary: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "closed";
                        openedBy: string;
                        openedAt: string;
                        acknowledgedBy: string | null;
                        acknowledgedAt: string | null;
                        acknowledgement: string | null;
                        closedBy: string | null;
                        closedAt: string | null;
                        resolution: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such agreement */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "risk_report.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the risk report (风险报备); another tenant's record answers 404
                 * @example rsk_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        /** @enum {string} */
                        source: "operator_suspension" | "authority";
                        summary: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "closed";
                        openedBy: string;
                        openedAt: string;
                        acknowledgedBy: string | null;
                        acknowledgedAt: string | null;
                        acknowledgement: string | null;
                        closedBy: string | null;
                        closedAt: string | null;
                        resolution: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "risk_report.acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the risk report (风险报备); another tenant's record answers 404
                 * @example rsk_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话确认"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A free-text note recorded with the record
                     * @example 已电话确认
                     */
                    note: string;
                };
            };
        };
        responses: {
            /** @description acknowledged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        /** @enum {string} */
                        source: "operator_suspension" | "authority";
                        summary: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "closed";
                        openedBy: string;
                        openedAt: string;
                        acknowledgedBy: string | null;
                        acknowledgedAt: string | null;
                        acknowledgement: string | null;
                        closedBy: string | null;
                        closedAt: string | null;
                        resolution: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "risk_report.close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the risk report (风险报备); another tenant's record answers 404
                 * @example rsk_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolution": "已核查并整改，相关人员完成培训"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description How the risk was resolved
                     * @example 已核查并整改，相关人员完成培训
                     */
                    resolution: string;
                };
            };
        };
        responses: {
            /** @description closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        /** @enum {string} */
                        source: "operator_suspension" | "authority";
                        summary: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "closed";
                        openedBy: string;
                        openedAt: string;
                        acknowledgedBy: string | null;
                        acknowledgedAt: string | null;
                        acknowledgement: string | null;
                        closedBy: string | null;
                        closedAt: string | null;
                        resolution: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not acknowledged yet, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "call.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description calls */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calls: {
                            id: string;
                            title: string;
                            requirements: string;
                            scenarios: string[];
                            deadline: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            openedBy: string;
                            openedAt: string;
                            closedBy: string | null;
                            closedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "call.open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "2026年光明区公共数据授权运营单位征集",
                 *       "requirements": "具备数据安全管理制度，通过等级保护三级测评",
                 *       "scenarios": [
                 *         "就业帮扶",
                 *         "养老服务"
                 *       ],
                 *       "deadline": "2026-04-30T17:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The title of the call
                     * @example 2026年光明区公共数据授权运营单位征集
                     */
                    title: string;
                    /**
                     * @description What an operator must show (资质要求)
                     * @example 具备数据安全管理制度，通过等级保护三级测评
                     */
                    requirements: string;
                    /**
                     * @description The scenarios the call is for; empty: any
                     * @default []
                     * @example [
                     *       "就业帮扶",
                     *       "养老服务"
                     *     ]
                     */
                    scenarios?: string[];
                    /**
                     * Format: date-time
                     * @description The last moment to submit (ISO 8601 with an offset)
                     * @example 2026-04-30T17:00:00+08:00
                     */
                    deadline: string;
                };
            };
        };
        responses: {
            /** @description opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        requirements: string;
                        scenarios: string[];
                        deadline: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        openedBy: string;
                        openedAt: string;
                        closedBy: string | null;
                        closedAt: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the deadline has passed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "call.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the call for operators (征集); another tenant's record answers 404
                 * @example call_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        requirements: string;
                        scenarios: string[];
                        deadline: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        openedBy: string;
                        openedAt: string;
                        closedBy: string | null;
                        closedAt: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "call.close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the call for operators (征集); another tenant's record answers 404
                 * @example call_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        requirements: string;
                        scenarios: string[];
                        deadline: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        openedBy: string;
                        openedAt: string;
                        closedBy: string | null;
                        closedAt: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "qualification.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description qualifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        qualifications: {
                            id: string;
                            callId: string | null;
                            operatorUnit: string;
                            applicantId: string;
                            statement: string;
                            materials: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @enum {string} */
                            status: "submitted" | "qualified" | "unqualified" | "revoked";
                            submittedAt: string;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reasons: string | null;
                            validUntil: string | null;
                            revokedBy: string | null;
                            revokedAt: string | null;
                            revocationReason: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "qualification.submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callId": "call_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "statement": "本单位已建立数据安全管理制度，并通过等级保护三级测评。",
                 *       "materials": [
                 *         {
                 *           "name": "等保测评报告.pdf",
                 *           "contentType": "application/pdf",
                 *           "base64": "JVBERi0xLjcK"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The id of the call for operators (征集) this answers
                     * @example call_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    callId: string;
                    /**
                     * @description The operator’s statement of how it meets the requirements
                     * @example 本单位已建立数据安全管理制度，并通过等级保护三级测评。
                     */
                    statement: string;
                    /**
                     * @description The supporting documents (at most 10)
                     * @example [
                     *       {
                     *         "name": "等保测评报告.pdf",
                     *         "contentType": "application/pdf",
                     *         "base64": "JVBERi0xLjcK"
                     *       }
                     *     ]
                     */
                    materials: {
                        /**
                         * @description The file’s name, without a path
                         * @example 合作协议.pdf
                         */
                        name: string;
                        /**
                         * @description The attached file’s media type
                         * @example application/pdf
                         */
                        contentType: string;
                        /**
                         * @description The attached file’s bytes in base64
                         * @example JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
                         */
                        base64: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description submitted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        callId: string | null;
                        operatorUnit: string;
                        applicantId: string;
                        statement: string;
                        materials: {
                            name: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                        }[];
                        /** @enum {string} */
                        status: "submitted" | "qualified" | "unqualified" | "revoked";
                        submittedAt: string;
                        reviewedBy: string | null;
                        reviewedAt: string | null;
                        reasons: string | null;
                        validUntil: string | null;
                        revokedBy: string | null;
                        revokedAt: string | null;
                        revocationReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the call is closed, or the unit already has an application to it under review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such call, or a file is not acceptable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "qualification.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the qualification (资质审核); another tenant's record answers 404
                 * @example qual_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the qualification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        callId: string | null;
                        operatorUnit: string;
                        applicantId: string;
                        statement: string;
                        materials: {
                            name: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                        }[];
                        /** @enum {string} */
                        status: "submitted" | "qualified" | "unqualified" | "revoked";
                        submittedAt: string;
                        reviewedBy: string | null;
                        reviewedAt: string | null;
                        reasons: string | null;
                        validUntil: string | null;
                        revokedBy: string | null;
                        revokedAt: string | null;
                        revocationReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "qualification.material": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the qualification (资质审核); another tenant's record answers 404
                 * @example qual_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
                /**
                 * @description The SHA-256 (lower-case hex) of the attached file, as listed on its record
                 * @example a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1
                 */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "qualification.review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the qualification (资质审核); another tenant's record answers 404
                 * @example qual_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "qualified",
                 *       "reasons": "材料齐全，符合征集要求",
                 *       "validUntil": "2029-04-30T23:59:59+08:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description qualified (通过) or unqualified (不通过)
                     * @example qualified
                     * @enum {string}
                     */
                    decision: "qualified" | "unqualified";
                    /**
                     * @description The reasons, as the operator will read them
                     * @example 材料齐全，符合征集要求
                     */
                    reasons: string;
                    /**
                     * Format: date-time
                     * @description Until when the qualification holds (ISO 8601 with an offset)
                     * @example 2029-04-30T23:59:59+08:00
                     */
                    validUntil?: string;
                };
            };
        };
        responses: {
            /** @description reviewed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        callId: string | null;
                        operatorUnit: string;
                        applicantId: string;
                        statement: string;
                        materials: {
                            name: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                        }[];
                        /** @enum {string} */
                        status: "submitted" | "qualified" | "unqualified" | "revoked";
                        submittedAt: string;
                        reviewedBy: string | null;
                        reviewedAt: string | null;
                        reasons: string | null;
                        validUntil: string | null;
                        revokedBy: string | null;
                        revokedAt: string | null;
                        revocationReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already reviewed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a term not between now and five years from now */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "qualification.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the qualification (资质审核); another tenant's record answers 404
                 * @example qual_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "发现疑似数据泄露，暂停使用以便核查"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Why, in words the parties will read; recorded in the audit log
                     * @example 发现疑似数据泄露，暂停使用以便核查
                     */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description revoked, with the agreements suspended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        qualification: {
                            id: string;
                            callId: string | null;
                            operatorUnit: string;
                            applicantId: string;
                            statement: string;
                            materials: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @enum {string} */
                            status: "submitted" | "qualified" | "unqualified" | "revoked";
                            submittedAt: string;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reasons: string | null;
                            validUntil: string | null;
                            revokedBy: string | null;
                            revokedAt: string | null;
                            revocationReason: string | null;
                        };
                        suspended: string[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not a qualified unit’s qualification */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "directory.read": {
        parameters: {
            query?: {
                /**
                 * @description A published version of the directory; omit for the current one
                 * @example 3
                 */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the version (0 with no entries before the first publication) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        publishedBy: string;
                        publishedAt: string;
                        note: string;
                        entries: {
                            datasetId: string;
                            datasetName: string;
                            title: string;
                            sourceUnit: string;
                            level: string;
                            columns: string[];
                            /** @description empty: any scenario */
                            scenarios: string[];
                            /** @enum {string} */
                            openness: "unconditional" | "conditional";
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "directory.versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            version: number;
                            publishedBy: string;
                            publishedAt: string;
                            note: string;
                            entryCount: number;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "directory.proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description proposals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        proposals: {
                            id: string;
                            datasetId: string;
                            sourceUnit: string;
                            columns: string[];
                            scenarios: string[];
                            /** @enum {string} */
                            openness: "unconditional" | "conditional";
                            note: string | null;
                            /** @enum {string} */
                            status: "proposed" | "published" | "rejected";
                            proposedBy: string;
                            proposedAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            decisionComment: string | null;
                            publishedVersion: number | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "directory.propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "datasetId": "ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "columns": [
                 *         "street",
                 *         "birth_date",
                 *         "income"
                 *       ],
                 *       "scenarios": [
                 *         "就业帮扶"
                 *       ],
                 *       "openness": "conditional",
                 *       "note": "已电话确认"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The id of a dataset (公共数据资源)
                     * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    datasetId: string;
                    /**
                     * @description The columns open to authorized operation
                     * @example [
                     *       "street",
                     *       "birth_date",
                     *       "income"
                     *     ]
                     */
                    columns: string[];
                    /**
                     * @description The scenarios they are open to; empty: any
                     * @example [
                     *       "就业帮扶"
                     *     ]
                     */
                    scenarios: string[];
                    /**
                     * @description unconditional (无条件) or conditional (有条件) opening
                     * @example conditional
                     * @enum {string}
                     */
                    openness: "unconditional" | "conditional";
                    /**
                     * @description A free-text note recorded with the record
                     * @example 已电话确认
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description proposed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        datasetId: string;
                        sourceUnit: string;
                        columns: string[];
                        scenarios: string[];
                        /** @enum {string} */
                        openness: "unconditional" | "conditional";
                        note: string | null;
                        /** @enum {string} */
                        status: "proposed" | "published" | "rejected";
                        proposedBy: string;
                        proposedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        publishedVersion: number | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description another unit’s dataset */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unknown dataset or column, or openness looser than the dataset’s */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "directory.decide": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the directory proposal (目录提议); another tenant's record answers 404
                 * @example dirp_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "publish",
                 *       "comment": "材料齐全，同意。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)
                     * @example publish
                     * @enum {string}
                     */
                    decision: "publish" | "reject";
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        datasetId: string;
                        sourceUnit: string;
                        columns: string[];
                        scenarios: string[];
                        /** @enum {string} */
                        openness: "unconditional" | "conditional";
                        note: string | null;
                        /** @enum {string} */
                        status: "proposed" | "published" | "rejected";
                        proposedBy: string;
                        proposedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        publishedVersion: number | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "directory.withdraw": {
        parameters: {
            query: {
                /**
                 * @description Why, in words the parties will read; recorded in the audit log
                 * @example 发现疑似数据泄露，暂停使用以便核查
                 */
                reason: string;
            };
            header?: never;
            path: {
                /**
                 * @description The id of the dataset whose directory entry is meant; another tenant's record answers 404
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        publishedBy: string;
                        publishedAt: string;
                        note: string;
                        entries: {
                            datasetId: string;
                            datasetName: string;
                            title: string;
                            sourceUnit: string;
                            level: string;
                            columns: string[];
                            /** @description empty: any scenario */
                            scenarios: string[];
                            /** @enum {string} */
                            openness: "unconditional" | "conditional";
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not in the directory */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "partner.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description partners */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partners: {
                            id: string;
                            operatorUnit: string;
                            name: string;
                            unit: string;
                            duties: string;
                            startsAt: string;
                            endsAt: string;
                            documents: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @enum {string} */
                            status: "filed" | "accepted" | "rejected" | "ended";
                            /** @description may start runs on live data and read released outputs */
                            liveAccess: boolean;
                            filedBy: string;
                            filedAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            decisionComment: string | null;
                            endedBy: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "partner.file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "深圳某算法服务公司",
                 *       "unit": "深圳某算法服务公司",
                 *       "duties": "协助开发就业帮扶统计模型，不接触原始数据",
                 *       "startsAt": "2026-03-01T00:00:00+08:00",
                 *       "endsAt": "2026-12-31T23:59:59+08:00",
                 *       "documents": [
                 *         {
                 *           "name": "合作协议.pdf",
                 *           "contentType": "application/pdf",
                 *           "base64": "JVBERi0xLjcK"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The partner’s name
                     * @example 深圳某算法服务公司
                     */
                    name: string;
                    /**
                     * @description The unit its principals will act for
                     * @example 深圳某算法服务公司
                     */
                    unit: string;
                    /**
                     * @description What the partner does under the operator (合作内容)
                     * @example 协助开发就业帮扶统计模型，不接触原始数据
                     */
                    duties: string;
                    /**
                     * Format: date-time
                     * @description When it starts (ISO 8601 with an offset)
                     * @example 2026-03-01T00:00:00+08:00
                     */
                    startsAt: string;
                    /**
                     * Format: date-time
                     * @description When it ends (ISO 8601 with an offset); after startsAt
                     * @example 2026-12-31T23:59:59+08:00
                     */
                    endsAt: string;
                    /**
                     * @description The partnership agreement and the like (at most 10)
                     * @example [
                     *       {
                     *         "name": "合作协议.pdf",
                     *         "contentType": "application/pdf",
                     *         "base64": "JVBERi0xLjcK"
                     *       }
                     *     ]
                     */
                    documents: {
                        /**
                         * @description The file’s name, without a path
                         * @example 合作协议.pdf
                         */
                        name: string;
                        /**
                         * @description The attached file’s media type
                         * @example application/pdf
                         */
                        contentType: string;
                        /**
                         * @description The attached file’s bytes in base64
                         * @example JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
                         */
                        base64: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description filed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operatorUnit: string;
                        name: string;
                        unit: string;
                        duties: string;
                        startsAt: string;
                        endsAt: string;
                        documents: {
                            name: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                        }[];
                        /** @enum {string} */
                        status: "filed" | "accepted" | "rejected" | "ended";
                        /** @description may start runs on live data and read released outputs */
                        liveAccess: boolean;
                        filedBy: string;
                        filedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        endedBy: string | null;
                        endedAt: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description term, unit or a file not acceptable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "partner.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the partner (运营合作方); another tenant's record answers 404
                 * @example ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the partner */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operatorUnit: string;
                        name: string;
                        unit: string;
                        duties: string;
                        startsAt: string;
                        endsAt: string;
                        documents: {
                            name: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                        }[];
                        /** @enum {string} */
                        status: "filed" | "accepted" | "rejected" | "ended";
                        /** @description may start runs on live data and read released outputs */
                        liveAccess: boolean;
                        filedBy: string;
                        filedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        endedBy: string | null;
                        endedAt: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "partner.document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the partner (运营合作方); another tenant's record answers 404
                 * @example ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
                /**
                 * @description The SHA-256 (lower-case hex) of the attached file, as listed on its record
                 * @example a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1
                 */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "partner.decide": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the partner (运营合作方); another tenant's record answers 404
                 * @example ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "accept",
                 *       "comment": "材料齐全，同意。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The decision, one of the values listed (approve 同意 / reject 驳回 unless they say otherwise)
                     * @example accept
                     * @enum {string}
                     */
                    decision: "accept" | "reject";
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operatorUnit: string;
                        name: string;
                        unit: string;
                        duties: string;
                        startsAt: string;
                        endsAt: string;
                        documents: {
                            name: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                        }[];
                        /** @enum {string} */
                        status: "filed" | "accepted" | "rejected" | "ended";
                        /** @description may start runs on live data and read released outputs */
                        liveAccess: boolean;
                        filedBy: string;
                        filedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        endedBy: string | null;
                        endedAt: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "partner.access": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the partner (运营合作方); another tenant's record answers 404
                 * @example ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "live": true,
                 *       "reason": "发现疑似数据泄露，暂停使用以便核查"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Whether the partner may start runs on live data and read released outputs
                     * @example true
                     */
                    live: boolean;
                    /**
                     * @description Why, in words the parties will read; recorded in the audit log
                     * @example 发现疑似数据泄露，暂停使用以便核查
                     */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operatorUnit: string;
                        name: string;
                        unit: string;
                        duties: string;
                        startsAt: string;
                        endsAt: string;
                        documents: {
                            name: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                        }[];
                        /** @enum {string} */
                        status: "filed" | "accepted" | "rejected" | "ended";
                        /** @description may start runs on live data and read released outputs */
                        liveAccess: boolean;
                        filedBy: string;
                        filedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        endedBy: string | null;
                        endedAt: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "partner.end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the partner (运营合作方); another tenant's record answers 404
                 * @example ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "发现疑似数据泄露，暂停使用以便核查"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Why, in words the parties will read; recorded in the audit log
                     * @example 发现疑似数据泄露，暂停使用以便核查
                     */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operatorUnit: string;
                        name: string;
                        unit: string;
                        duties: string;
                        startsAt: string;
                        endsAt: string;
                        documents: {
                            name: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                        }[];
                        /** @enum {string} */
                        status: "filed" | "accepted" | "rejected" | "ended";
                        /** @description may start runs on live data and read released outputs */
                        liveAccess: boolean;
                        filedBy: string;
                        filedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        decisionComment: string | null;
                        endedBy: string | null;
                        endedAt: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already ended or rejected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "feedback.list": {
        parameters: {
            query?: {
                /**
                 * @description Only records in this status, one of the values listed
                 * @example open
                 */
                status?: "open" | "answered" | "closed";
                /**
                 * @description The id of an agreement (授权运营协议)
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                agreementId?: string;
                /**
                 * @description The id of a dataset (公共数据资源)
                 * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                datasetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description feedback with answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        feedback: {
                            id: string;
                            agreementId: string;
                            operatorUnit: string;
                            raisedBy: string;
                            raisedAt: string;
                            datasetId: string;
                            sourceUnit: string;
                            column: string | null;
                            /** @enum {string} */
                            category: "accuracy" | "completeness" | "timeliness" | "consistency" | "other";
                            description: string;
                            example: {
                                /** @enum {string} */
                                kind: "dev" | "run";
                                runId: string | null;
                                text: string;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "answered" | "closed";
                            answers: {
                                by: string;
                                at: string;
                                text: string;
                            }[];
                            firstAnsweredAt: string | null;
                            closedBy: string | null;
                            closedAt: string | null;
                            closingNote: string | null;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "feedback.raise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "agreementId": "agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "datasetId": "ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "column": "birth_date",
                 *       "category": "completeness",
                 *       "description": "2026年第一季度公明街道的记录明显偏少",
                 *       "example": {
                 *         "kind": "run",
                 *         "runId": "run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *         "text": "公明街道的人数为0"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The id of an agreement (授权运营协议)
                     * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    agreementId: string;
                    /**
                     * @description The id of a dataset (公共数据资源)
                     * @example ds_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    datasetId: string;
                    /**
                     * @description The column the problem is in, if one
                     * @example birth_date
                     */
                    column?: string;
                    /**
                     * @description accuracy, completeness, timeliness, consistency or other
                     * @example completeness
                     * @enum {string}
                     */
                    category: "accuracy" | "completeness" | "timeliness" | "consistency" | "other";
                    /**
                     * @description The problem, as the source unit will read it (no personal values)
                     * @example 2026年第一季度公明街道的记录明显偏少
                     */
                    description: string;
                    /**
                     * @description Where the problem shows, described without personal values
                     * @example {
                     *       "kind": "run",
                     *       "runId": "run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                     *       "text": "公明街道的人数为0"
                     *     }
                     */
                    example?: {
                        /**
                         * @description Where it was seen: dev (the twin) or run (a released output, give runId)
                         * @example run
                         * @enum {string}
                         */
                        kind: "dev" | "run";
                        /**
                         * @description The id of a released model run
                         * @example run_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                         */
                        runId?: string;
                        /**
                         * @description What was seen, without personal values
                         * @example 公明街道的人数为0
                         */
                        text: string;
                    };
                };
            };
        };
        responses: {
            /** @description raised */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        raisedBy: string;
                        raisedAt: string;
                        datasetId: string;
                        sourceUnit: string;
                        column: string | null;
                        /** @enum {string} */
                        category: "accuracy" | "completeness" | "timeliness" | "consistency" | "other";
                        description: string;
                        example: {
                            /** @enum {string} */
                            kind: "dev" | "run";
                            runId: string | null;
                            text: string;
                        } | null;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        answers: {
                            by: string;
                            at: string;
                            text: string;
                        }[];
                        firstAnsweredAt: string | null;
                        closedBy: string | null;
                        closedAt: string | null;
                        closingNote: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such agreement of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the agreement has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not a dataset or column of the agreement, not a released run of it, or refused: holds a personal value (personal_value, with the fields and kinds; never the text) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "feedback.statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description statistics per source unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sources: {
                            sourceUnit: string;
                            open: number;
                            answered: number;
                            closed: number;
                            /** @description hours from raised to first answer, over answered feedback */
                            responseHours: {
                                count: number;
                                median: number;
                                max: number;
                            } | null;
                            /** @description age of the oldest unanswered feedback */
                            oldestOpenHours: number | null;
                        }[];
                        at: string;
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "feedback.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the quality feedback (质量反馈); another tenant's record answers 404
                 * @example fbk_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the feedback */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        raisedBy: string;
                        raisedAt: string;
                        datasetId: string;
                        sourceUnit: string;
                        column: string | null;
                        /** @enum {string} */
                        category: "accuracy" | "completeness" | "timeliness" | "consistency" | "other";
                        description: string;
                        example: {
                            /** @enum {string} */
                            kind: "dev" | "run";
                            runId: string | null;
                            text: string;
                        } | null;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        answers: {
                            by: string;
                            at: string;
                            text: string;
                        }[];
                        firstAnsweredAt: string | null;
                        closedBy: string | null;
                        closedAt: string | null;
                        closingNote: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "feedback.answer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the quality feedback (质量反馈); another tenant's record answers 404
                 * @example fbk_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "已核实，该街道数据漏报，已于本周补录"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The answer, as the operator will read it (no personal values)
                     * @example 已核实，该街道数据漏报，已于本周补录
                     */
                    text: string;
                };
            };
        };
        responses: {
            /** @description answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        raisedBy: string;
                        raisedAt: string;
                        datasetId: string;
                        sourceUnit: string;
                        column: string | null;
                        /** @enum {string} */
                        category: "accuracy" | "completeness" | "timeliness" | "consistency" | "other";
                        description: string;
                        example: {
                            /** @enum {string} */
                            kind: "dev" | "run";
                            runId: string | null;
                            text: string;
                        } | null;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        answers: {
                            by: string;
                            at: string;
                            text: string;
                        }[];
                        firstAnsweredAt: string | null;
                        closedBy: string | null;
                        closedAt: string | null;
                        closingNote: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: holds a personal value (personal_value, with the fields and kinds; never the text) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "feedback.close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the quality feedback (质量反馈); another tenant's record answers 404
                 * @example fbk_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话确认"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A free-text note recorded with the record
                     * @example 已电话确认
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        raisedBy: string;
                        raisedAt: string;
                        datasetId: string;
                        sourceUnit: string;
                        column: string | null;
                        /** @enum {string} */
                        category: "accuracy" | "completeness" | "timeliness" | "consistency" | "other";
                        description: string;
                        example: {
                            /** @enum {string} */
                            kind: "dev" | "run";
                            runId: string | null;
                            text: string;
                        } | null;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        answers: {
                            by: string;
                            at: string;
                            text: string;
                        }[];
                        firstAnsweredAt: string | null;
                        closedBy: string | null;
                        closedAt: string | null;
                        closingNote: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description closed, or not answered yet (source units) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: holds a personal value (personal_value, with the fields and kinds; never the text) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "filing.list": {
        parameters: {
            query?: {
                /**
                 * @description The id of an agreement (授权运营协议)
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                agreementId?: string;
                /**
                 * @description Only obligations in this state
                 * @example overdue
                 */
                state?: "upcoming" | "due" | "overdue" | "filed" | "filed_late";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description obligations, filings and overdue counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        obligations: {
                            agreementId: string;
                            operatorUnit: string;
                            period: string;
                            startsAt: string;
                            endsAt: string;
                            dueAt: string;
                            /** @enum {string} */
                            state: "upcoming" | "due" | "overdue" | "filed" | "filed_late";
                            filingId: string | null;
                            /** @description when the scheduler flagged it overdue */
                            flaggedAt: string | null;
                        }[];
                        filings: {
                            id: string;
                            agreementId: string;
                            operatorUnit: string;
                            period: string;
                            dueAt: string;
                            submittedBy: string;
                            submittedAt: string;
                            /** @description first submitted after its due time */
                            late: boolean;
                            /** @description the version in force (the latest) */
                            current: {
                                version: number;
                                text: string;
                                attachments: {
                                    name: string;
                                    contentType: string;
                                    size: number;
                                    sha256: string;
                                }[];
                                /** @description what the filing says of each partner (运营合作方) active in its period */
                                partnerReports: {
                                    partnerId: string;
                                    partnerName: string;
                                    report: string;
                                }[];
                                reason: string | null;
                                submittedBy: string;
                                submittedAt: string;
                            };
                            versions: {
                                version: number;
                                text: string;
                                attachments: {
                                    name: string;
                                    contentType: string;
                                    size: number;
                                    sha256: string;
                                }[];
                                /** @description what the filing says of each partner (运营合作方) active in its period */
                                partnerReports: {
                                    partnerId: string;
                                    partnerName: string;
                                    report: string;
                                }[];
                                reason: string | null;
                                submittedBy: string;
                                submittedAt: string;
                            }[];
                        }[];
                        overdueByOperator: {
                            operatorUnit: string;
                            overdue: number;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "filing.submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "agreementId": "agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *       "period": "2026-Q1",
                 *       "text": "本期未发生数据安全事件。",
                 *       "attachments": [
                 *         {
                 *           "name": "季度报告.pdf",
                 *           "contentType": "application/pdf",
                 *           "base64": "JVBERi0xLjcK"
                 *         }
                 *       ],
                 *       "partnerReports": [
                 *         {
                 *           "partnerId": "ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *           "report": "合作方按协议完成模型开发，未发生违规"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The id of an agreement (授权运营协议)
                     * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                     */
                    agreementId: string;
                    /**
                     * @description The period the filing covers: 2026-03, 2026-Q1, 2026-H1 or 2026
                     * @example 2026-Q1
                     */
                    period: string;
                    /**
                     * @description The text of the statement, in the words the reader will see
                     * @example 本期未发生数据安全事件。
                     */
                    text: string;
                    /**
                     * @description Attached files (PDF, images, office documents)
                     * @default []
                     * @example [
                     *       {
                     *         "name": "季度报告.pdf",
                     *         "contentType": "application/pdf",
                     *         "base64": "JVBERi0xLjcK"
                     *       }
                     *     ]
                     */
                    attachments?: {
                        /**
                         * @description The file’s name, without a path
                         * @example 合作协议.pdf
                         */
                        name: string;
                        /**
                         * @description The attached file’s media type
                         * @example application/pdf
                         */
                        contentType: string;
                        /**
                         * @description The attached file’s bytes in base64
                         * @example JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
                         */
                        base64: string;
                    }[];
                    /**
                     * @description A report on each partner (运营合作方) active in the period
                     * @default []
                     * @example [
                     *       {
                     *         "partnerId": "ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                     *         "report": "合作方按协议完成模型开发，未发生违规"
                     *       }
                     *     ]
                     */
                    partnerReports?: {
                        /**
                         * @description The id of a partner (运营合作方) filed with the authority
                         * @example ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                         */
                        partnerId: string;
                        /**
                         * @description What the partner did in the period
                         * @example 合作方按协议完成模型开发，未发生违规
                         */
                        report: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description filed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        period: string;
                        dueAt: string;
                        submittedBy: string;
                        submittedAt: string;
                        /** @description first submitted after its due time */
                        late: boolean;
                        /** @description the version in force (the latest) */
                        current: {
                            version: number;
                            text: string;
                            attachments: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @description what the filing says of each partner (运营合作方) active in its period */
                            partnerReports: {
                                partnerId: string;
                                partnerName: string;
                                report: string;
                            }[];
                            reason: string | null;
                            submittedBy: string;
                            submittedAt: string;
                        };
                        versions: {
                            version: number;
                            text: string;
                            attachments: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @description what the filing says of each partner (运营合作方) active in its period */
                            partnerReports: {
                                partnerId: string;
                                partnerName: string;
                                report: string;
                            }[];
                            reason: string | null;
                            submittedBy: string;
                            submittedAt: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such agreement of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the period is filed already (correct it instead) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not a period of the schedule, not begun, or a file that is not valid base64 or too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "filing.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the filing (定期报备); another tenant's record answers 404
                 * @example fil_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the filing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        period: string;
                        dueAt: string;
                        submittedBy: string;
                        submittedAt: string;
                        /** @description first submitted after its due time */
                        late: boolean;
                        /** @description the version in force (the latest) */
                        current: {
                            version: number;
                            text: string;
                            attachments: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @description what the filing says of each partner (运营合作方) active in its period */
                            partnerReports: {
                                partnerId: string;
                                partnerName: string;
                                report: string;
                            }[];
                            reason: string | null;
                            submittedBy: string;
                            submittedAt: string;
                        };
                        versions: {
                            version: number;
                            text: string;
                            attachments: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @description what the filing says of each partner (运营合作方) active in its period */
                            partnerReports: {
                                partnerId: string;
                                partnerName: string;
                                report: string;
                            }[];
                            reason: string | null;
                            submittedBy: string;
                            submittedAt: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "filing.correct": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the filing (定期报备); another tenant's record answers 404
                 * @example fil_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "本期未发生数据安全事件。",
                 *       "reason": "发现疑似数据泄露，暂停使用以便核查",
                 *       "attachments": [
                 *         {
                 *           "name": "季度报告.pdf",
                 *           "contentType": "application/pdf",
                 *           "base64": "JVBERi0xLjcK"
                 *         }
                 *       ],
                 *       "partnerReports": [
                 *         {
                 *           "partnerId": "ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                 *           "report": "合作方按协议完成模型开发，未发生违规"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The text of the statement, in the words the reader will see
                     * @example 本期未发生数据安全事件。
                     */
                    text: string;
                    /**
                     * @description Why, in words the parties will read; recorded in the audit log
                     * @example 发现疑似数据泄露，暂停使用以便核查
                     */
                    reason: string;
                    /**
                     * @description Attached files (PDF, images, office documents)
                     * @example [
                     *       {
                     *         "name": "季度报告.pdf",
                     *         "contentType": "application/pdf",
                     *         "base64": "JVBERi0xLjcK"
                     *       }
                     *     ]
                     */
                    attachments?: {
                        /**
                         * @description The file’s name, without a path
                         * @example 合作协议.pdf
                         */
                        name: string;
                        /**
                         * @description The attached file’s media type
                         * @example application/pdf
                         */
                        contentType: string;
                        /**
                         * @description The attached file’s bytes in base64
                         * @example JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
                         */
                        base64: string;
                    }[];
                    /**
                     * @description A report on each partner (运营合作方) active in the period
                     * @example [
                     *       {
                     *         "partnerId": "ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90",
                     *         "report": "合作方按协议完成模型开发，未发生违规"
                     *       }
                     *     ]
                     */
                    partnerReports?: {
                        /**
                         * @description The id of a partner (运营合作方) filed with the authority
                         * @example ptn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                         */
                        partnerId: string;
                        /**
                         * @description What the partner did in the period
                         * @example 合作方按协议完成模型开发，未发生违规
                         */
                        report: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description corrected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreementId: string;
                        operatorUnit: string;
                        period: string;
                        dueAt: string;
                        submittedBy: string;
                        submittedAt: string;
                        /** @description first submitted after its due time */
                        late: boolean;
                        /** @description the version in force (the latest) */
                        current: {
                            version: number;
                            text: string;
                            attachments: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @description what the filing says of each partner (运营合作方) active in its period */
                            partnerReports: {
                                partnerId: string;
                                partnerName: string;
                                report: string;
                            }[];
                            reason: string | null;
                            submittedBy: string;
                            submittedAt: string;
                        };
                        versions: {
                            version: number;
                            text: string;
                            attachments: {
                                name: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                            }[];
                            /** @description what the filing says of each partner (运营合作方) active in its period */
                            partnerReports: {
                                partnerId: string;
                                partnerName: string;
                                report: string;
                            }[];
                            reason: string | null;
                            submittedBy: string;
                            submittedAt: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The resource is not in a state that allows this, or the name is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a file that is not valid base64 or too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "filing.attachment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the filing (定期报备); another tenant's record answers 404
                 * @example fil_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
                /**
                 * @description The SHA-256 (lower-case hex) of the attached file, as listed on its record
                 * @example a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1a3f1
                 */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "product.registration_package": {
        parameters: {
            query?: {
                /**
                 * @description The format of the answer, one of the values listed
                 * @example json
                 */
                format?: "json" | "zip";
            };
            header?: never;
            path: {
                /**
                 * @description The id of the data product or service (数据产品和服务); another tenant's record answers 404
                 * @example prd_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description files with SHA-256 and size, validity and renewals, audit sequence numbers, the registration’s audit entry, the audit head, how to verify */
                        manifest: {
                            [key: string]: unknown;
                        };
                        /** @description SHA-256 of the canonical JSON of the manifest (keys sorted, no whitespace) */
                        manifestSha256: string;
                        files: {
                            path: string;
                            /** @description the file’s UTF-8 text; its bytes hash to the manifest’s sha256 */
                            content: string;
                        }[];
                    };
                    "application/zip": {
                        /** @description files with SHA-256 and size, validity and renewals, audit sequence numbers, the registration’s audit entry, the audit head, how to verify */
                        manifest: {
                            [key: string]: unknown;
                        };
                        /** @description SHA-256 of the canonical JSON of the manifest (keys sorted, no whitespace) */
                        manifestSha256: string;
                        files: {
                            path: string;
                            /** @description the file’s UTF-8 text; its bytes hash to the manifest’s sha256 */
                            content: string;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found, or not the caller’s own product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not registered (product_not_registered) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "product.renew": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the data product or service (数据产品和服务); another tenant's record answers 404
                 * @example prd_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "材料齐全，同意。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A comment recorded with the decision and shown to the parties (at most 2,000 characters)
                     * @example 材料齐全，同意。
                     */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description the registration after the renewal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        registeredAt: string;
                        /** @description three years from the registration, three more per renewal */
                        expiresAt: string;
                        /** @description 90 days before the expiry: the authority may renew from then on */
                        renewalOpensAt: string;
                        /**
                         * @description `expired`: the product stops serving (410 registration_expired) until renewed
                         * @enum {string}
                         */
                        state: "valid" | "renewal_due" | "expired";
                        renewals: {
                            productId: string;
                            previousExpiry: string;
                            newExpiry: string;
                            renewedBy: string;
                            renewedAt: string;
                            comment: string | null;
                        }[];
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this principal (another tenant’s record answers 404, never 403) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not due yet (renewal_not_due), renewed meanwhile (already_renewed), not registered, or retired with its agreement */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but not acceptable (details say why, per field, row or column) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "agreement.compliance_report": {
        parameters: {
            query?: {
                /**
                 * @description The language of the document: zh-CN (default) or en
                 * @example zh-CN
                 */
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path: {
                /**
                 * @description The id of the agreement (授权运营协议); another tenant's record answers 404
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": {
                        format: string;
                        generatedAt: string;
                        reportSha256: string;
                        agreement: {
                            id: string;
                            applicationId: string;
                            operatorUnit: string;
                            scenario: string;
                            purpose: string | null;
                            status: string;
                            startsAt: string;
                            endsAt: string;
                            sandboxId: string;
                            datasets: {
                                datasetId: string;
                                title: string;
                                ownerUnit: string;
                                columns: string[];
                            }[];
                        };
                        lines: {
                            at: string;
                            kind: string;
                            subject: string | null;
                            by: string | null;
                            facts: {
                                [key: string]: string | number | boolean | null | string[];
                            };
                            auditSeqs: number[];
                            actor: {
                                id: string;
                                role: string;
                                unit: string | null;
                            } | null;
                        }[];
                        audit: {
                            headAtGeneration: {
                                seq: number;
                                hash: string;
                            };
                        };
                    };
                    "application/json": {
                        format: string;
                        generatedAt: string;
                        reportSha256: string;
                        agreement: {
                            id: string;
                            applicationId: string;
                            operatorUnit: string;
                            scenario: string;
                            purpose: string | null;
                            status: string;
                            startsAt: string;
                            endsAt: string;
                            sandboxId: string;
                            datasets: {
                                datasetId: string;
                                title: string;
                                ownerUnit: string;
                                columns: string[];
                            }[];
                        };
                        lines: {
                            at: string;
                            kind: string;
                            subject: string | null;
                            by: string | null;
                            facts: {
                                [key: string]: string | number | boolean | null | string[];
                            };
                            auditSeqs: number[];
                            actor: {
                                id: string;
                                role: string;
                                unit: string | null;
                            } | null;
                        }[];
                        audit: {
                            headAtGeneration: {
                                seq: number;
                                hash: string;
                            };
                        };
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found, or not the caller’s own agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.query": {
        parameters: {
            query?: {
                /**
                 * @description Only entries of this principal
                 * @example prn_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                actor?: string;
                /**
                 * @description Only entries about this agreement
                 * @example agr_0b6f3c1e-5a2d-4c8e-9f3a-2d1e7b6c4a90
                 */
                agreement?: string;
                /**
                 * @description Only entries of this action (the route’s operation id)
                 * @example sandbox.query
                 */
                action?: string;
                /**
                 * @description Only allowed, denied or failed requests
                 * @example denied
                 */
                outcome?: "allowed" | "denied" | "failed";
                /**
                 * @description Entries at or after this time (ISO 8601 with an offset)
                 * @example 2026-03-01T00:00:00+08:00
                 */
                from?: string;
                /**
                 * @description Entries before this time (ISO 8601 with an offset)
                 * @example 2026-04-01T00:00:00+08:00
                 */
                to?: string;
                /**
                 * @description asc: oldest first; desc: newest first
                 * @example desc
                 */
                order?: "asc" | "desc";
                /**
                 * @description How many records to return at most
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description The opaque cursor from the previous page’s nextCursor; omit for the first page
                 * @example YXNjOjEwMA
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            seq: number;
                            at: string;
                            actorId: string | null;
                            role: string | null;
                            action: string;
                            resource: string;
                            /** @enum {string} */
                            outcome: "allowed" | "denied" | "failed";
                            requestId: string;
                            agreementId: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            prevHash: string;
                            hash: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the verification report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        entries: number;
                        head: {
                            seq: number;
                            hash: string;
                        };
                        firstInvalidSeq?: number;
                        reason?: string;
                        anchor: {
                            seq: number;
                            hash: string;
                            at: string;
                            signatureValid: boolean;
                        } | null;
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.anchor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the anchor and how to verify it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        profile: "intl" | "gm";
                        /** @enum {string} */
                        chainHash: "SHA-256" | "SM3";
                        /** @enum {string} */
                        signatureAlgorithm: "HMAC-SHA256" | "SM2-with-SM3";
                        /** @description gm: the SM2 public key (04 ‖ x ‖ y, hex) that verifies the anchor; null under intl (HMAC) */
                        publicKey: string | null;
                        anchor: {
                            seq: number;
                            hash: string;
                            at: string;
                            signature: string;
                            signedText: string;
                        } | null;
                        /** @description the key that signs destruction certificates: SM2 under gm (the anchor's key pair), Ed25519 under intl */
                        documentKey: {
                            /** @enum {string} */
                            algorithm: "SM2-with-SM3" | "Ed25519";
                            publicKey: string;
                        } | null;
                    };
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.export": {
        parameters: {
            query?: {
                /**
                 * @description The format of the answer, one of the values listed
                 * @example csv
                 */
                format?: "csv" | "parquet";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the audit log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                    "application/vnd.apache.parquet": unknown;
                };
            };
            /** @description The parameters or the body do not fit the schema (code invalid_request; details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "metrics.read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The principal’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The disk is nearly full (code insufficient_storage): nothing was done; retry after the Retry-After seconds */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
