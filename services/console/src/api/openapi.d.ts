/* Generated from GET /api/v1/openapi.json by services/console/scripts/generate-api-types.ts. Do not edit. */
export interface paths {
    "/api/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List principals (never their tokens) */
        get: operations["principal.list"];
        put?: never;
        /** Create a principal; its token is returned only in this response */
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
        /** Read one principal (others than oneself: authority only) */
        get: operations["principal.read"];
        put?: never;
        post?: never;
        /** Revoke a principal; its token answers 401 from the next request on */
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
        /** Who am I */
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
        /** The catalog: metadata of every dataset (never data) */
        get: operations["dataset.list"];
        put?: never;
        /** Register a dataset with its classification and column schema (source units) */
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
        /** One dataset’s metadata */
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
        /** The vault version history of a dataset (metadata only) */
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
        /** Upload data as a new immutable vault version: CSV (UTF-8, GB18030 or GBK), an .xlsx sheet, Parquet or Arrow (streamed to disk; owning source unit) */
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
        /** The rule set in force and every earlier version */
        get: operations["masking_rules.read"];
        /** Store a new version of the dataset’s masking and declassification rules (YAML or JSON; owning source unit) */
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
        /** Approve or reject a rule-set version that keeps personal/identifier columns in clear (authority) */
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
        /** Raw and masked rows side by side, under the rules in force or the rules sent (owning source unit only) */
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
        /** Suggest a semantic, a confidence and a rule for each column from a sample of the vault (owning source unit) */
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
        /** Applications visible to the caller */
        get: operations["application.list"];
        put?: never;
        /** Apply to use named columns of datasets for one scenario and one term (operators) */
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
        /** One application with its consents */
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
        /** Consent to or refuse the use of one of your datasets (owning source unit); a refusal needs its reason (comment) and moves the application to refused */
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
        /** Coordinate after a refusal (协调; authority): reopens one refused dataset’s decision once, with a note the source unit reads; the refusal stays in the history */
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
        /** Approve (needs every consent; creates the agreement and starts provisioning) or reject (also a refused application; authority) */
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
        /** Agreements visible to the caller */
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
        /** One agreement, with its transition history */
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
        /** Suspend: the authority, or the agreement’s own operator as a risk stop (reporting a hazard) */
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
        /** Resume a suspended agreement (authority) */
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
        /** Terminate at once; the scheduler then seals and destroys the sandbox (authority) */
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
        /** Disclosure-control, query, budget and filing-schedule settings of an agreement */
        get: operations["agreement.settings.read"];
        /** Tighten disclosure control (k, dominance, p-ratio, suppression share; never looser than the platform defaults), the query timeout, the run budgets, two-person release and the filing schedule (authority) */
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
        /** The destruction certificate (files with sizes and SHA-256, key destruction, audit head, own hash) */
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
        /** State, provisioning progress (done/total) and tables of a sandbox */
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
        /** Run one read-only SELECT on the synthetic dev twin (JSON, or Arrow IPC by Accept). tier "live" is refused: use approved models. */
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
        /** The sandbox tables: columns, output types, semantics and the masking applied (dev and live share it) */
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
        /** Every model version of a sandbox */
        get: operations["model.list"];
        put?: never;
        /** Submit a named, parameterised SQL model with its purpose; automatic checks run at once (its operator) */
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
        /** One model version with its checks and review */
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
        /** Approve or reject a model version (模型查验; the authority or an entrusted examiner). grantRecordLevel allows records or pseudonyms in its output; grantUnsafeStatistics allows min, max and the like (their cells face the dominance checks). */
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
        /** Queue a run of an approved model on live data, through disclosure control (its operator); the answer says nothing of how it will go */
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
        /** The runs of a sandbox (operators see only what depends on no live value before the decision) */
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
        /** A run: reviewers see status, counts and checks; operators only id, model, status, parameters and times */
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
        /** The airlock (reviewers): every output row with its cell diagnostics, the suppressed rows marked, differencing pairs, the model’s SQL and parameters; opening it is recorded and required before release */
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
        /** Release or reject an output (出域审核; a reviewer who has opened the airlock, never the run’s own operator); blocked and failed runs can only be rejected */
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
        /** The released output with its provenance and check summary: JSON, or by Accept (or ?format=) CSV, Parquet or Arrow IPC (its operator) */
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
        /** Which run a fingerprint found in a (leaked) file belongs to (authority, auditor) */
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
        /** Products visible to the caller */
        get: operations["product.list"];
        put?: never;
        /** Register a released output (kind dataset) or an approved model (kind api) as a product (operator) */
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
        /** Register or reject a product (登记备案; authority) */
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
        /** One product */
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
        /** Run an API product’s model for a grantee, under disclosure control, rate limited; the model’s parameters go in the query string */
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
        /** The released output behind a dataset product, with its provenance (grantees) */
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
        /** Model versions across sandboxes, newest first, each as GET /models/:id answers: every open sandbox for the authority, its own for an operator. Filter by status (repeat it for several); page with limit and the nextCursor of the previous page */
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
        /** Runs across sandboxes, newest first: the authority sees every open sandbox’s runs whole (the release inbox: status=awaiting-release&status=blocked&status=failed); an operator sees only its own, in the operator view (status: queued, running, awaiting-release, released, rejected). Page with limit and the nextCursor of the previous page */
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
        /** Counts of what waits for the caller (every role; only its own tenant’s things). authority: applications.decide (submitted, every dataset has its consent decision), applications.awaiting-consent (submitted, a consent missing), models.review (submitted versions), runs.release (runs awaiting-release, blocked or failed), products.review (submitted products), filings.overdue (filing obligations flagged overdue); source: applications.consent (submitted applications asking for one of its datasets without its consent decision), feedback.open (unanswered feedback on its datasets); operator: runs.released (its released runs), applications.pending (its submitted applications), feedback.answered (its feedback answered, not closed), filings.due (its unfiled obligations due within 14 days or overdue); auditor: audit.entries (audit entries today, Asia/Shanghai). Every kind of the role is listed, in this order, with count 0 when nothing waits */
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
        /** Which agreements, runs and products used the record of one data subject (authority). The value is never stored. */
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
        /** Entrustments, newest first: every one (authority), or one’s own (examiner) */
        get: operations["entrustment.list"];
        put?: never;
        /** Entrust an examiner (模型查验机构) with model review and release review, for one agreement or for every agreement (agreementId null; authority) */
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
        /** Revoke an entrustment; the examiner loses that scope from its next request on (authority) */
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
        /** The public disclosure of authorizations (实施规范 Arts. 18–19): operator, datasets and columns, scenario, term, state and registered products of every current and past agreement. No token; JSON, or HTML by Accept. No personal data. */
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
        /** The usage statement for 收益 accounting: per agreement and product, for one month (Asia/Shanghai), runs, releases and rows released, product calls and rows served; CSV, or JSON by Accept. Only agreements the caller may read. */
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
        /** Risk reports (风险报备), newest first: every one (authority, auditors), or one’s own agreements’ (operators) */
        get: operations["risk_report.list"];
        put?: never;
        /** Open a risk report on an agreement (authority); an operator’s own suspension opens one by itself */
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
        /** One risk report */
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
        /** Acknowledge an open risk report, with a note (authority) */
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
        /** Close an acknowledged risk report with its resolution (authority) */
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
        /** Calls for operators, newest first */
        get: operations["call.list"];
        put?: never;
        /** Open a call for operators (征集) with its requirements and deadline (authority) */
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
        /** One call */
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
        /** Close a call before its deadline: no more applications (authority) */
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
        /** Qualifications, newest first: every one (authority, auditors), or one’s own unit’s (operators) */
        get: operations["qualification.list"];
        put?: never;
        /** Apply to an open call with a statement and qualification material (operators); files are kept by SHA-256 */
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
        /** One qualification */
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
        /** Download one material file (always as an attachment) */
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
        /** Review a qualification: qualified (for a term; three years unless stated) or unqualified, with reasons (authority) */
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
        /** Revoke a qualification with a reason; the unit’s active agreements are suspended with it (authority) */
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
        /** The directory of data open to authorized operation (授权运营目录): the current version, or `?version=N` */
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
        /** Every published version of the directory, newest first */
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
        /** Directory proposals, newest first: every one (authority, auditors), or one’s own unit’s (source units) */
        get: operations["directory.proposals"];
        put?: never;
        /** Propose the directory entry of one of one’s own datasets: columns, scenarios (empty: any) and openness (source units) */
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
        /** Publish a proposal (a new directory version with its entry) or reject it, with a comment (authority) */
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
        /** Withdraw a dataset from the directory: a new version without it; agreements already made keep their term (authority) */
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
        /** Partners, newest first: every one (authority, auditors), or one’s own unit’s (operators) */
        get: operations["partner.list"];
        put?: never;
        /** File a partner (运营合作方) with its duties, term and documents (the partnership agreement and the like; operators); the authority accepts or rejects it */
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
        /** One partner */
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
        /** Download one of its documents (always as an attachment) */
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
        /** Accept or reject a filed partner, with a comment (authority) */
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
        /** Grant (or withdraw) an accepted partner live work: starting runs and reading released outputs (authority) */
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
        /** End a partnership with a reason (its operator, or the authority); its principals lose every access from their next request */
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
        /** Quality feedback (质量反馈), newest first: one’s own (operators), on one’s datasets (source units), every one (authority, auditors) */
        get: operations["feedback.list"];
        put?: never;
        /** Raise quality feedback on a dataset (optionally a granted column) of one’s own active or suspended agreement, with an example from the dev twin or a released run (operators) */
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
        /** Per source unit: open, answered and closed feedback, and response times in hours (authority, auditors) */
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
        /** One feedback with its answers */
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
        /** Answer feedback on one of one’s datasets (source units); the first answer marks it answered */
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
        /** Close feedback: its source unit once answered, or the operator that raised it at any time */
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
        /** Periodic filings (定期报备) and filing obligations with their states, and the overdue count per operator unit: one’s own agreements’ (operators), every one (authority, auditors) */
        get: operations["filing.list"];
        put?: never;
        /** File for one period of one’s own agreement’s schedule, once the period has begun; after its due time the filing is marked late and clears the overdue flag (operators) */
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
        /** One filing with every version */
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
        /** Correct a filing: a new version with its reason; every earlier version is kept, and without attachments the previous ones carry over (operators) */
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
        /** Download one attached file of a filing (any version), always as an attachment */
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
        /** The registration package of a registered product (登记包): description, source datasets’ schemas and masking rule sets, the approved model’s SQL, check summaries of its released runs, validity and renewals, every file’s SHA-256, the audit sequence numbers and the registration’s audit entry. JSON, or a ZIP (?format=zip or Accept: application/zip). Authority, auditors, the product’s operator. */
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
        /** Renew a product’s registration for three more years from its expiry (authority; from 90 days before the expiry, or after it) */
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
        /** The compliance report of an agreement (合规报告): application, consents, decision, entrustments, settings, models and reviews, runs and releases, products, risk reports, suspensions, termination, sealing and the destruction certificate, in time order, each line with the audit sequence numbers behind it. Printable HTML (?lang=en or Accept-Language for English), or JSON with Accept: application/json. Authority, auditors, the agreement’s operator. */
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
        /** Query audit entries with filters and cursor pagination */
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
        /** Verify the hash chain and its signed anchor */
        get: operations["audit.verify"];
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
        /** Export the whole audit log as CSV or Parquet */
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
        /** Prometheus metrics (authority token or metrics token) */
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
        Error: {
            error?: {
                code: string;
                message: string;
                details?: Record<string, never>[];
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    role: "authority" | "source" | "operator" | "auditor" | "examiner" | "partner";
                    unit: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "principal.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "principal.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description already revoked, or the last authority */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                            name: string;
                            title: string;
                            description?: string;
                            /** @enum {string} */
                            level: "general" | "important" | "core";
                            /** @enum {string} */
                            openness: "unconditional" | "conditional" | "closed";
                            subjectKey?: string;
                            columns: {
                                name: string;
                                /** @enum {string} */
                                type: "VARCHAR" | "BOOLEAN" | "INTEGER" | "BIGINT" | "DOUBLE" | "DECIMAL(18,2)" | "DATE" | "TIMESTAMP";
                                description?: string;
                                /** @enum {string} */
                                personal: "none" | "personal" | "sensitive";
                                /** @enum {string} */
                                identifier: "direct" | "quasi" | "none";
                                /** @enum {string} */
                                semantic?: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    name: string;
                    title: string;
                    description?: string;
                    /** @enum {string} */
                    level: "general" | "important" | "core";
                    /** @enum {string} */
                    openness: "unconditional" | "conditional" | "closed";
                    subjectKey?: string;
                    columns: {
                        name: string;
                        /** @enum {string} */
                        type: "VARCHAR" | "BOOLEAN" | "INTEGER" | "BIGINT" | "DOUBLE" | "DECIMAL(18,2)" | "DATE" | "TIMESTAMP";
                        description?: string;
                        /** @enum {string} */
                        personal: "none" | "personal" | "sensitive";
                        /** @enum {string} */
                        identifier: "direct" | "quasi" | "none";
                        /** @enum {string} */
                        semantic?: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
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
                        name: string;
                        title: string;
                        description?: string;
                        /** @enum {string} */
                        level: "general" | "important" | "core";
                        /** @enum {string} */
                        openness: "unconditional" | "conditional" | "closed";
                        subjectKey?: string;
                        columns: {
                            name: string;
                            /** @enum {string} */
                            type: "VARCHAR" | "BOOLEAN" | "INTEGER" | "BIGINT" | "DOUBLE" | "DECIMAL(18,2)" | "DATE" | "TIMESTAMP";
                            description?: string;
                            /** @enum {string} */
                            personal: "none" | "personal" | "sensitive";
                            /** @enum {string} */
                            identifier: "direct" | "quasi" | "none";
                            /** @enum {string} */
                            semantic?: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description inconsistent schema */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "dataset.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                        name: string;
                        title: string;
                        description?: string;
                        /** @enum {string} */
                        level: "general" | "important" | "core";
                        /** @enum {string} */
                        openness: "unconditional" | "conditional" | "closed";
                        subjectKey?: string;
                        columns: {
                            name: string;
                            /** @enum {string} */
                            type: "VARCHAR" | "BOOLEAN" | "INTEGER" | "BIGINT" | "DOUBLE" | "DECIMAL(18,2)" | "DATE" | "TIMESTAMP";
                            description?: string;
                            /** @enum {string} */
                            personal: "none" | "personal" | "sensitive";
                            /** @enum {string} */
                            identifier: "direct" | "quasi" | "none";
                            /** @enum {string} */
                            semantic?: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "dataset.versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                sheet?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
            /** @description unsupported content type or charset; a legacy .xls workbook */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the data does not fit the schema (details name row and column), an undetectable charset, an unreadable workbook or an unknown sheet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "masking_rules.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/yaml": string;
                "application/x-yaml": string;
                "text/yaml": string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "masking_rules.approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description the version keeps no identifier in clear, or is already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "masking_rules.preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules?: {
                        [key: string]: unknown;
                    };
                    /** @default 10 */
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    scenario: string;
                    purpose: string;
                    datasets: {
                        datasetId: string;
                        columns: string[];
                    }[];
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "application.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "application.consent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    datasetId: string;
                    /** @enum {string} */
                    decision: "approve" | "reject";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description already decided or consented */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a refusal without its reason */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "application.coordinate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    datasetId: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description not refused, the dataset was not refused, or it was coordinated once already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "application.decide": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "agreement.resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "agreement.terminate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "agreement.settings.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kMin?: number;
                    queryTimeoutMs?: number;
                    maxSuppressedShare?: number;
                    dominanceShare?: number;
                    pRatio?: number;
                    runsPerDay?: number;
                    runsPerModelPerDay?: number;
                    productCallsPerDay?: number;
                    twoPersonRelease?: boolean;
                    /** @enum {string} */
                    filingPeriod?: "monthly" | "quarterly" | "half-yearly" | "yearly";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
            /** @description a setting would loosen a default */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "agreement.certificate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    };
                };
            };
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "sandbox.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description sealed or destroyed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sandbox.query": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sql: string;
                    /**
                     * @default dev
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description timed out */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description sealed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description statement refused by the guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sandbox.schema": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    sql: string;
                    /** @default [] */
                    parameters?: {
                        name: string;
                        /** @enum {string} */
                        type: "VARCHAR" | "INTEGER" | "BIGINT" | "DOUBLE" | "DATE" | "BOOLEAN";
                    }[];
                    purpose: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "model.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    comment?: string;
                    /** @default false */
                    grantRecordLevel?: boolean;
                    /** @default false */
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "run.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
            /** @description run budget exhausted */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "run.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "run.output": {
        parameters: {
            query?: {
                format?: "json" | "csv" | "parquet" | "arrow";
            };
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "output.trace": {
        parameters: {
            query: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "dataset" | "api";
                    runId?: string;
                    modelId?: string;
                    description: string;
                    /** @default [] */
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    comment?: string;
                    parameterDomains?: {
                        [key: string]: {
                            values?: (string | number | boolean)[];
                            min?: number | string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "product.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
            /** @description withheld by disclosure control, or parameters outside the approved domain */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description rate limit or daily budget */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "product.data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "model.list-all": {
        parameters: {
            query?: {
                status?: ("submitted" | "approved" | "rejected") | ("submitted" | "approved" | "rejected")[];
                limit?: number;
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
                content?: never;
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                status?: ("queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected") | ("queued" | "running" | "blocked" | "failed" | "awaiting-release" | "released" | "rejected")[];
                limit?: number;
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
                content?: never;
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    /** @enum {string} */
                    semantic: "cn_id" | "cn_mobile" | "cn_name" | "cn_address" | "uscc" | "bank_card" | "plate" | "email" | "date" | "birth_date" | "region_code" | "amount" | "category" | "free_text";
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
                        }[];
                    };
                };
            };
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    examinerId: string;
                    agreementId: string | null;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description not an active examiner, or no such agreement */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "entrustment.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description already revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    agreementId: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "risk_report.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "risk_report.acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "risk_report.close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description not acknowledged yet, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    title: string;
                    requirements: string;
                    /** @default [] */
                    scenarios?: string[];
                    /** Format: date-time */
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "call.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "call.close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    callId: string;
                    statement: string;
                    materials: {
                        name: string;
                        contentType: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description no such call, or a file is not acceptable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "qualification.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "qualification.material": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "qualification.review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "qualified" | "unqualified";
                    reasons: string;
                    /** Format: date-time */
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description already reviewed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a term not between now and five years from now */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "qualification.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description not a qualified unit’s qualification */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "directory.read": {
        parameters: {
            query?: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    datasetId: string;
                    columns: string[];
                    scenarios: string[];
                    /** @enum {string} */
                    openness: "unconditional" | "conditional";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description unknown dataset or column, or openness looser than the dataset’s */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "directory.decide": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "publish" | "reject";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "directory.withdraw": {
        parameters: {
            query: {
                reason: string;
            };
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    name: string;
                    unit: string;
                    duties: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    documents: {
                        name: string;
                        contentType: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "partner.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "partner.document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "partner.decide": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "accept" | "reject";
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "partner.access": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    live: boolean;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description not accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "partner.end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description already ended or rejected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "feedback.list": {
        parameters: {
            query?: {
                status?: "open" | "answered" | "closed";
                agreementId?: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    agreementId: string;
                    datasetId: string;
                    column?: string;
                    /** @enum {string} */
                    category: "accuracy" | "completeness" | "timeliness" | "consistency" | "other";
                    description: string;
                    example?: {
                        /** @enum {string} */
                        kind: "dev" | "run";
                        runId?: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description the agreement has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not a dataset or column of the agreement, not a released run of it, or refused: holds a personal value (personal_value, with the fields and kinds; never the text) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "feedback.answer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description refused: holds a personal value (personal_value, with the fields and kinds; never the text) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "feedback.close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description closed, or not answered yet (source units) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description refused: holds a personal value (personal_value, with the fields and kinds; never the text) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "filing.list": {
        parameters: {
            query?: {
                agreementId?: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                "application/json": {
                    agreementId: string;
                    period: string;
                    text: string;
                    /** @default [] */
                    attachments?: {
                        name: string;
                        contentType: string;
                        base64: string;
                    }[];
                    /** @default [] */
                    partnerReports?: {
                        partnerId: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description the period is filed already (correct it instead) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not a period of the schedule, not begun, or a file that is not valid base64 or too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "filing.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "filing.correct": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    reason: string;
                    attachments?: {
                        name: string;
                        contentType: string;
                        base64: string;
                    }[];
                    partnerReports?: {
                        partnerId: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description a file that is not valid base64 or too large */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "filing.attachment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "product.registration_package": {
        parameters: {
            query?: {
                format?: "json" | "zip";
            };
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
            /** @description not registered (product_not_registered) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "product.renew": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
                content?: never;
            };
        };
    };
    "agreement.compliance_report": {
        parameters: {
            query?: {
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
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
                content?: never;
            };
        };
    };
    "audit.query": {
        parameters: {
            query?: {
                actor?: string;
                agreement?: string;
                action?: string;
                outcome?: "allowed" | "denied" | "failed";
                from?: string;
                to?: string;
                order?: "asc" | "desc";
                limit?: number;
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
            /** @description error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error */
            403: {
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
