/**
 * The Housing complaints API as TypeScript types, generated from GET /v1/openapi.json by openapi-typescript.
 * Do not edit: run `npm run openapi:types`. A test fails while this file disagrees with the API.
 * Use with any fetch wrapper, e.g. `components['schemas']['Complaint']`, `operations['logComplaint']`.
 */
/* eslint-disable */
export interface paths {
    "/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List complaints: newest first; soonest due first with dueBefore; longest overdue first with overdue=true
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listComplaints"];
        put?: never;
        /**
         * Log a stage 1 complaint from any channel (1.2); receivedAt may be in the past, never the future
         * @description Roles: handler, officer, admin
         */
        post: operations["logComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One complaint with its deadlines
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["getComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge, define and assign (6.2, 6.11; 5.6, 5.7); at stage 2 the handler differs from stage 1 (6.13)
         * @description Roles: handler, officer
         */
        post: operations["acknowledgeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/actions/{actionId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a remedy or outstanding action complete (6.6, 6.17), also after closing
         * @description Roles: handler, officer
         */
        post: operations["completeAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/case-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The complaint file for the Housing Ombudsman as one PDF: summary with every date and deadline (met or missed), extensions, refusal, remedies and actions, the audit timeline, every letter as sent and all correspondence. With Accept: application/zip, a zip of that PDF and the raw emails and attachments as stored. Reading it changes nothing.
         * @description Roles: officer
         */
        get: operations["downloadCaseFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close after the final response or the escalation window
         * @description Roles: handler, officer
         */
        post: operations["closeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/correspondence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Letters, emails and calls in and out, oldest first (5.12)
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listCorrespondence"];
        put?: never;
        /**
         * Log a call, letter or visit on the complaint record (5.12). An outbound call, letter, email or visit (not a note) is contact with the resident: it is the update an agreed interval asks for (5.9).
         * @description Roles: handler, officer
         */
        post: operations["logCorrespondence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate to stage 2 at the resident’s request (6.10-6.12); after closing or withdrawal this reopens the complaint
         * @description Roles: handler, officer
         */
        post: operations["escalateComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail (5.12), oldest first
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listComplaintEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the response deadline (6.4, 6.15); beyond the limit, with a good reason and an agreed update interval (5.9)
         * @description Roles: handler, officer
         */
        post: operations["extendComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the other residents a group complaint covers, led by the complaint’s resident or each in their own right
         * @description Roles: handler, officer
         */
        put: operations["putGroupComplaint"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/group/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a group complaint a single resident’s complaint again
         * @description Roles: handler, officer
         */
        post: operations["removeGroupComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 6.8: add a related issue to a stage 1 complaint before its response (updated acknowledgement, same deadlines), or log it as a new linked complaint
         * @description Roles: handler, officer
         */
        post: operations["raiseComplaintIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/learning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record category, root cause, lessons and service improvements (9.1-9.3)
         * @description Roles: handler, officer
         */
        post: operations["recordLearning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/learning/improvements/{improvementId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a service improvement, with evidence of what changed (9.1)
         * @description Roles: handler, officer
         */
        post: operations["recordLearningImprovementsComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/matter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 2.3: when the matter arose (or the resident became aware), and the discretion used to accept one over 12 months old
         * @description Roles: handler, officer
         */
        put: operations["recordComplaintMatter"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge this duplicate into another complaint (both change together); its resident is told the reference to use
         * @description Roles: handler, officer
         */
        post: operations["mergeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/ombudsman-determination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the Ombudsman’s determination: a finding per element and any orders (9.7c)
         * @description Roles: handler, officer
         */
        post: operations["recordOmbudsmanDetermination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/ombudsman-direction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 2.4: take on a refused complaint at the Ombudsman’s direction; it returns to the stage it was refused at with fresh deadlines
         * @description Roles: handler, officer
         */
        post: operations["acceptOnOmbudsmanDirection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/ombudsman-orders/{orderId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an Ombudsman order, with evidence (9.7c)
         * @description Roles: handler, officer
         */
        post: operations["recordOmbudsmanOrdersComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/ombudsman-referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the resident went to the Housing Ombudsman (8.1c, 9.7c)
         * @description Roles: handler, officer
         */
        post: operations["recordOmbudsmanReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/reasonable-adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reasonable adjustments agreed with each resident on the complaint (5.10), free text of older complaints included
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listReasonableAdjustments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/reasonable-adjustments/{residentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the adjustments agreed with one resident, whether a disability was disclosed, and the review date (5.10)
         * @description Roles: handler, officer
         */
        put: operations["putReasonableAdjustments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/reasonable-adjustments/{residentId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The adjustments agreed with one resident no longer apply (5.10)
         * @description Roles: handler, officer
         */
        post: operations["removeReasonableAdjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse to accept (2.4) or to escalate (5.11), also a late request after closing or withdrawal (6.10)
         * @description Roles: handler, officer
         */
        post: operations["refuseComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/representative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Nominate or change the resident’s representative, with the resident’s consent and who letters go to (3.6)
         * @description Roles: handler, officer
         */
        put: operations["putRepresentative"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/representative/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The resident withdrew the nomination: letters go to the resident again (3.6)
         * @description Roles: handler, officer
         */
        post: operations["removeRepresentative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the response (6.9, 6.19); each remedy says by when (7.3)
         * @description Roles: handler, officer
         */
        post: operations["respondComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/restrictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Restrictions on how residents on the complaint may contact the landlord, ended ones included (5.14)
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listRestrictions"];
        put?: never;
        /**
         * Record a contact restriction with its reasons, proportionality, who decided and a review date (5.14); never for a need for reasonable adjustments (5.15)
         * @description Roles: handler, officer
         */
        post: operations["recordRestriction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/restrictions/{restrictionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Review a restriction: it continues as given until the next review date (5.14, 5.15)
         * @description Roles: handler, officer
         */
        put: operations["reviewRestriction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/restrictions/{restrictionId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a restriction, with the reason; it stays on the record
         * @description Roles: handler, officer
         */
        post: operations["endRestriction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/tenure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the resident’s tenure (TSM CH01, CH02 are per tenure)
         * @description Roles: handler, officer
         */
        post: operations["recordTenure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The resident withdrew the complaint
         * @description Roles: handler, officer
         */
        post: operations["withdrawComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/landlord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's landlord settings (defaults until saved)
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["getLandlordSettings"];
        /**
         * Save the landlord settings
         * @description Roles: admin
         */
        put: operations["putLandlordSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/landlord/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change to the landlord settings: who, when, and the fields before and after
         * @description Roles: officer, admin
         */
        get: operations["listLandlordEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Posted resident letters across complaints, oldest first: waiting to print, posted, or undeliverable (with the reason)
         * @description Roles: officer, handler
         */
        get: operations["listLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One posted letter as an A4 PDF, for a DL window envelope: GET /v1/letters/{id}.pdf
         * @description Roles: officer, handler
         */
        get: operations["downloadLetterPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters/{id}/posted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a letter waiting to print was posted, and on which day (recorded as correspondence and on the audit trail, 5.12)
         * @description Roles: officer, handler
         */
        post: operations["markLetterPosted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters/print-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One PDF of every letter waiting to print, oldest first, each starting on a new page
         * @description Roles: officer, handler
         */
        post: operations["printWaitingLetters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/no-complaint-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dissatisfaction recorded without a complaint, newest first, raised between from and to
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listNoComplaintRecords"];
        put?: never;
        /**
         * Record that a resident expressed dissatisfaction but asked for no complaint (FAQ); they are sent how to complain later and the Ombudsman’s details
         * @description Roles: handler, officer, admin
         */
        post: operations["recordNoComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/no-complaint-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One record of dissatisfaction without a complaint
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["getNoComplaintRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ombudsman-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Ombudsman’s orders and reports about the landlord, by date (8.1c, e, f)
         * @description Roles: officer, admin
         */
        get: operations["listOmbudsmanLandlordRecords"];
        put?: never;
        /**
         * Record a complaint handling failure order or an Ombudsman report about the landlord (8.1c, e, f), audited; the annual and governance reports list it
         * @description Roles: officer, admin
         */
        post: operations["recordOmbudsmanLandlordRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ombudsman-records/{recordId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the landlord complied with a complaint handling failure order, with evidence (8.1c), audited
         * @description Roles: officer, admin
         */
        post: operations["completeOmbudsmanLandlordOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3 document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inbound mail held for a person to check, newest first, with its status
         * @description Roles: officer, admin
         */
        get: operations["listQuarantine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quarantine/{id}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a held message to one of the landlord’s complaints as inbound correspondence
         * @description Roles: officer
         */
        post: operations["attachQuarantined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quarantine/{id}/attachments/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The nth attachment (from 1) of a held message; on AWS a redirect to a short-lived link
         * @description Roles: officer
         */
        get: operations["downloadQuarantinedAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quarantine/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a held message: it is kept, marked dismissed with who, when and an optional reason
         * @description Roles: officer
         */
        post: operations["dismissQuarantined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quarantine/{id}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The held message as received (message/rfc822); on AWS a redirect to a short-lived link
         * @description Roles: officer
         */
        get: operations["downloadQuarantinedMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quarantine/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Process a held message as a person’s email: log it as a complaint or attach it to the one it names (automatic senders are never receipted)
         * @description Roles: officer
         */
        post: operations["releaseQuarantined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual complaints report for the landlord’s financial year starting in `year` (8.1, 8.2); text/csv or a printable text/html page by Accept
         * @description Roles: officer, admin
         */
        get: operations["getAnnualReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/annual/{year}/governing-body-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The governing body’s response to the annual report, published with it (8.2), audited
         * @description Roles: officer, admin
         */
        put: operations["putGoverningBodyResponse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report to the Member Responsible for Complaints and the governing body for a period, against the period before (9.6, 9.7); a printable text/html page by Accept
         * @description Roles: officer, admin
         */
        get: operations["getGovernanceReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute this landlord’s report counters from its complaint records (safe while changes continue)
         * @description Roles: admin
         */
        post: operations["rebuildReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The self-assessment against the Code for a financial year, one row per provision on the form (8.1a, 8.3); text/csv by Accept
         * @description Roles: officer, admin
         */
        get: operations["getSelfAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/tsm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TSM CH01 and CH02 per tenure for a period, with numerators and denominators; text/csv by Accept
         * @description Roles: officer, admin
         */
        get: operations["getTsmReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/self-assessment/{year}/{provision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The landlord’s own answer, evidence and commentary for one provision of the self-assessment (8.3), audited
         * @description Roles: officer, admin
         */
        put: operations["putSelfAssessmentEntry"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service requests, newest received first; by status, received between from and to, and whether they led to a complaint
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listServiceRequests"];
        put?: never;
        /**
         * Record a service request (1.4): a request to put something right, not a complaint
         * @description Roles: handler, officer, admin
         */
        post: operations["recordServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One service request, with the complaints logged from it
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["getServiceRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{id}/complaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log dissatisfaction with a service request as a stage 1 complaint (1.5); the request carries on
         * @description Roles: handler, officer, admin
         */
        post: operations["logComplaintFromServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service request’s trail, oldest first
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listServiceRequestEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve, cancel (with a note) or reopen a service request; complaints logged from it are unaffected (1.5)
         * @description Roles: handler, officer, admin
         */
        post: operations["setServiceRequestStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The landlord's complaint handlers
         * @description Roles: handler, officer, admin, viewer
         */
        get: operations["listStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or update a staff member (name and email for reminders)
         * @description Roles: admin, officer
         */
        put: operations["putStaffMember"];
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
        Acknowledge: {
            definition: {
                /** @default [] */
                excludedParts?: {
                    description: string;
                    explanation: string;
                    ground: string;
                }[];
                /** @default [] */
                notResponsibleFor?: string[];
                outcomesSought: string[];
                understanding: string;
            };
            handlerId: string;
        };
        AcknowledgeTimeliness: {
            late: number;
            onTime: number;
            percentOnTime: number | null;
            total: number;
        };
        AnnualReport: {
            datedRemedies: components["schemas"]["ItemProgress"];
            extensions: {
                stage1: {
                    goodReason: number;
                    total: number;
                    withinLimit: number;
                };
                stage2: {
                    goodReason: number;
                    total: number;
                    withinLimit: number;
                };
            };
            financialYear: components["schemas"]["FinancialYear"];
            governingBodyResponse?: {
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                recordedOn: string;
                text: string;
            };
            learning: {
                /** @description At most 100; notListed counts the rest */
                completedInYear: components["schemas"]["LearningItem"][];
                improvements: components["schemas"]["ItemProgress"];
                notListed: number;
            };
            notComplaints?: {
                /** @description Residents who expressed dissatisfaction but asked for no complaint to be logged */
                dissatisfactionWithoutComplaint: {
                    byChannel: {
                        [key: string]: number;
                    };
                    recorded: number;
                };
                /** @description Service requests received in the year, with their status now (1.4) */
                serviceRequests: {
                    /** @description Received in the year and the subject of at least one complaint (1.5) */
                    becameComplaints: number;
                    cancelled: number;
                    /** @description Complaints logged from the year’s service requests */
                    complaintsLogged: number;
                    /** @description becameComplaints / received, to 4 decimal places; null when none were received */
                    conversionRate: number | null;
                    open: number;
                    received: number;
                    resolved: number;
                };
            };
            ombudsman: {
                determinations: number;
                findings: {
                    maladministration: number;
                    no_maladministration: number;
                    outside_jurisdiction: number;
                    reasonable_redress: number;
                    service_failure: number;
                    severe_maladministration: number;
                };
                landlordRecords: components["schemas"]["OmbudsmanLandlordRecord"][];
                nonComplianceFindings: number;
                orders: components["schemas"]["ItemProgress"];
                referrals: number;
                severeMaladministrationOrders: components["schemas"]["ItemProgress"];
            };
            outcomes: {
                stage1: {
                    not_upheld: number;
                    partly_upheld: number;
                    upheld: number;
                };
                stage2: {
                    not_upheld: number;
                    partly_upheld: number;
                    upheld: number;
                };
            };
            outstandingActions: components["schemas"]["ItemProgress"];
            refusals: {
                byGround: {
                    /** @enum {string} */
                    ground: "over_12_months" | "legal_proceedings" | "previously_considered" | "other";
                    stage1: number;
                    stage2: number;
                }[];
                summary: string;
                total: number;
            };
            remedies: {
                byKind: {
                    completed: number;
                    /** @enum {string} */
                    kind: "apology" | "acknowledgement" | "explanation" | "action_on_delay" | "decision_changed" | "record_amended" | "financial" | "policy_change";
                    offered: number;
                }[];
                compensation: {
                    offeredPence: number;
                    paidPence: number;
                };
            };
            selfAssessment?: {
                no: number;
                notApplicable: number;
                notCompliant: string[];
                rows: number;
                undetermined: number;
                yes: number;
            };
            timeliness: {
                stage1: {
                    acknowledge: components["schemas"]["AcknowledgeTimeliness"];
                    respond: components["schemas"]["RespondTimeliness"];
                };
                stage2: {
                    acknowledge: components["schemas"]["AcknowledgeTimeliness"];
                    respond: components["schemas"]["RespondTimeliness"];
                };
            };
            tsm: components["schemas"]["TsmFigures"];
            updates: {
                kept: number;
                keptLate: number;
                missed: number;
            };
            volumes: {
                byCategory: {
                    /** @description Empty: not categorised */
                    category: string;
                    stage1: number;
                    stage2: number;
                }[];
                byChannel: {
                    /** @enum {string} */
                    channel: "email" | "phone" | "web" | "letter" | "in_person" | "social_media" | "representative" | "member_enquiry";
                    stage1: number;
                    stage2: number;
                }[];
                byMonth: {
                    /** @example 2025-04 */
                    month: string;
                    stage1: number;
                    stage2: number;
                }[];
                byTenure: {
                    lowCostHomeOwnership: components["schemas"]["StageCounts"];
                    lowCostRental: components["schemas"]["StageCounts"];
                    notRecorded: components["schemas"]["StageCounts"];
                };
                flags: {
                    reasonableAdjustments: number;
                    representative: number;
                    serviceRequest: number;
                };
                received: components["schemas"]["StageCounts"];
                withdrawn: {
                    stage1: {
                        afterResponse: number;
                        beforeResponse: number;
                    };
                    stage2: {
                        afterResponse: number;
                        beforeResponse: number;
                    };
                };
            };
        };
        AuditEvent: {
            actor: {
                roles: string[];
                userId: string;
            };
            after: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            at: string;
            before: {
                [key: string]: unknown;
            };
            complaintId: string;
            /** @description What the change was about where no field of the complaint moved (letter_posted: letterId, letterKind, postedOn) */
            detail?: {
                [key: string]: string;
            };
            /** @description The complaint version this event produced */
            seq: number;
            /**
             * @description What happened: logged, acknowledged, extended, responded, escalated, refused, withdrawn, closed, ...
             * @example acknowledged
             */
            type: string;
        };
        AuditEventList: {
            items: components["schemas"]["AuditEvent"][];
        };
        Ch01Figure: {
            homes: number | null;
            per1000Homes: number | null;
            received: number;
        };
        Ch02Figure: {
            onTime: number;
            onTimeStrict: number;
            onTimeThroughGoodReasonExtension: number;
            onTimeWithExtensions: number;
            percent: number | null;
            responded: number;
        };
        Change: {
            change: number;
            current: number;
            percentChange: number | null;
            previous: number;
        };
        Complaint: {
            adjustments?: {
                adjustments: {
                    /** @enum {string} */
                    channel?: "email" | "post";
                    detail?: string;
                    /** @enum {string} */
                    kind: "large_print" | "phone_calls" | "interpreter" | "named_contact_time" | "preferred_channel" | "other";
                }[];
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                agreedOn: string;
                disabilityDisclosed: boolean;
                /**
                 * Format: date-time
                 * @example 2026-11-24T10:15:00.000Z
                 */
                recordedAt: string;
                recordedBy: string;
                residentId: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                reviewBy: string;
            }[];
            category?: string;
            /** @enum {string} */
            channel: "email" | "phone" | "web" | "letter" | "in_person" | "social_media" | "representative" | "member_enquiry";
            closure?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                closedOn: string;
                reason?: string;
            };
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            createdAt: string;
            deadlines: {
                stage1: {
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    acknowledgeBy?: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    extendedTo?: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    respondBy?: string;
                };
                stage2?: {
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    acknowledgeBy?: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    extendedTo?: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    respondBy?: string;
                };
            };
            decision: {
                /** @enum {string} */
                stage1?: "upheld" | "partly_upheld" | "not_upheld";
                /** @enum {string} */
                stage2?: "upheld" | "partly_upheld" | "not_upheld";
            };
            definition: {
                stage1?: components["schemas"]["Definition"];
                stage2?: components["schemas"]["Definition"];
            };
            description: string;
            escalation?: {
                afterWindow: boolean;
                /** @description 6.10: asked after closing or withdrawal; accepted (reopened at stage 2) or refused (5.11) */
                late?: {
                    /** @enum {string} */
                    after: "closed" | "withdrawn";
                    decidedBy: string;
                    /** @enum {string} */
                    decision: "accepted" | "refused";
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    on: string;
                };
                parts: string[];
                reason?: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T10:15:00.000Z
                 */
                requestedAt: string;
            };
            group?: {
                /** @enum {string} */
                basis: "lead" | "each";
                members: {
                    address?: string;
                    /** @enum {string} */
                    contactPreference?: "email" | "post";
                    email?: string;
                    id: string;
                    name: string;
                    phone?: string;
                    tenancyRef?: string;
                }[];
            };
            handlers: {
                stage1?: string;
                stage2?: string;
            };
            /** @example 0b7f6a52-5d1e-4a53-9a43-2f7d3c1e9b10 */
            id: string;
            /** @description 6.8: related issues joined to the complaint before its stage 1 response */
            issuesAdded?: {
                addedBy: string;
                description: string;
                id: string;
                outcomesSought: string[];
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                raisedOn: string;
            }[];
            learning?: {
                improvements: {
                    /**
                     * Format: date-time
                     * @example 2026-11-24T10:15:00.000Z
                     */
                    completedAt?: string;
                    description: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    dueBy: string;
                    evidence?: string;
                    id: string;
                    owner: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    recordedOn: string;
                }[];
                lessons?: string;
                rootCause?: string;
            };
            /** @description Other complaints this one points at: a new issue logged separately (6.8), or a merge */
            links?: {
                by: string;
                complaintId: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                on: string;
                reason?: string;
                reference: string;
                /** @enum {string} */
                relation: "new_issue_logged_as" | "new_issue_of" | "merged_into" | "merged_from";
                /** @enum {boolean} */
                sameResidentConfirmed?: true;
            }[];
            /** @description 2.3: when the matter arose (or the resident became aware), and any discretion used to accept it after 12 months */
            matter?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                arose: string;
                /** @enum {string} */
                basis: "occurred" | "became_aware";
                discretion?: {
                    decidedBy: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    decidedOn: string;
                    reason: string;
                };
            };
            nextDeadline?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueBy: string;
                /**
                 * @example 1
                 * @enum {integer}
                 */
                stage: 1 | 2;
                /** @enum {string} */
                step: "acknowledge" | "respond";
            };
            ombudsman?: {
                determination?: {
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    determinedOn: string;
                    findings: {
                        element: string;
                        /** @enum {string} */
                        finding: "severe_maladministration" | "maladministration" | "service_failure" | "reasonable_redress" | "no_maladministration" | "outside_jurisdiction";
                    }[];
                    orders: {
                        /**
                         * Format: date-time
                         * @example 2026-11-24T10:15:00.000Z
                         */
                        completedAt?: string;
                        description: string;
                        /**
                         * Format: date
                         * @example 2026-12-01
                         */
                        dueBy: string;
                        evidence?: string;
                        id: string;
                    }[];
                };
                reference: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                referredOn: string;
            };
            outstandingActions: {
                /**
                 * Format: date-time
                 * @example 2026-11-24T10:15:00.000Z
                 */
                completedAt?: string;
                description: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueBy: string;
                id: string;
                /**
                 * @example 1
                 * @enum {integer}
                 */
                stage: 1 | 2;
            }[];
            overdue: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueBy: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T10:15:00.000Z
                 */
                markedAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T10:15:00.000Z
                 */
                resolvedAt?: string;
                step: string;
            }[];
            reasonableAdjustments: string[];
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            receivedAt: string;
            /** @example CMP-2026-000123 */
            reference: string;
            refusal?: {
                explanation: string;
                /** @enum {string} */
                ground: "over_12_months" | "legal_proceedings" | "previously_considered" | "other";
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                refusedOn: string;
                /**
                 * @example 1
                 * @enum {integer}
                 */
                stage: 1 | 2;
            };
            remedies: {
                /** @description GBP */
                amount?: number;
                /**
                 * Format: date-time
                 * @example 2026-11-24T10:15:00.000Z
                 */
                completedAt?: string;
                description: string;
                /**
                 * Format: date
                 * @description 7.3: by when; absent when given in the response itself
                 * @example 2026-12-01
                 */
                dueBy?: string;
                id: string;
                /** @enum {string} */
                kind: "apology" | "acknowledgement" | "explanation" | "action_on_delay" | "decision_changed" | "record_amended" | "financial" | "policy_change";
                /**
                 * @example 1
                 * @enum {integer}
                 */
                stage: 1 | 2;
            }[];
            /** @description 2.4: accepted after a refusal at the Ombudsman’s direction; the refusal is kept here */
            reopening?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                directedOn: string;
                direction: string;
                ombudsmanReference: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                previouslyReceivedOn: string;
                recordedBy: string;
                refusal: {
                    explanation: string;
                    /** @enum {string} */
                    ground: "over_12_months" | "legal_proceedings" | "previously_considered" | "other";
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    refusedOn: string;
                    /** @enum {integer} */
                    stage: 1 | 2;
                };
            };
            representative?: {
                address?: string;
                /**
                 * @description Named before the resident agreed: letters go to the resident until a nomination records consent (3.6)
                 * @enum {boolean}
                 */
                awaitingConsent?: true;
                consent?: {
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    givenOn: string;
                    /** @enum {string} */
                    lettersTo: "representative" | "resident" | "both";
                    /** @enum {string} */
                    method: "written" | "email" | "phone" | "in_person" | "online_form" | "other";
                    note?: string;
                };
                email?: string;
                name: string;
                phone?: string;
                relationship: string;
            };
            resident: {
                address?: string;
                /** @enum {string} */
                contactPreference?: "email" | "post";
                email?: string;
                name: string;
                phone?: string;
                tenancyRef?: string;
            };
            restrictions?: components["schemas"]["Restriction"][];
            serviceRequestId?: string;
            /**
             * @example 1
             * @enum {integer}
             */
            stage: 1 | 2;
            stages: {
                stage1: components["schemas"]["StageRecord"];
                stage2?: components["schemas"]["StageRecord"];
            };
            /** @enum {string} */
            status: "stage1_received" | "stage1_acknowledged" | "stage1_responded" | "stage2_received" | "stage2_acknowledged" | "stage2_responded" | "refused" | "withdrawn" | "merged" | "closed";
            /** @enum {string} */
            tenure?: "low_cost_rental" | "low_cost_home_ownership";
            /** @description 5.9: agreed updates already judged against the contact the resident had */
            updateChecks?: {
                /**
                 * Format: date-time
                 * @example 2026-11-24T10:15:00.000Z
                 */
                checkedAt: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueBy: string;
                kept: boolean;
                step: string;
            }[];
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            updatedAt: string;
            /**
             * @description Also the ETag; send it back as If-Match
             * @example 3
             */
            version: number;
            withdrawal?: {
                reason?: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                withdrawnOn: string;
            };
        };
        ComplaintPage: {
            items: components["schemas"]["Complaint"][];
            /** @description Absent on the last page; pass it back as the cursor parameter */
            nextCursor?: string;
        };
        CompleteOmbudsmanLandlordOrder: {
            evidence: string;
            /** @description What the landlord did to comply */
            response?: string;
        };
        Correspondence: {
            attachments?: {
                contentType: string;
                filename: string;
                key: string;
                size: number;
            }[];
            /**
             * @description For letters the system sent
             * @enum {string}
             */
            audience?: "resident" | "staff";
            body?: string;
            complaintId: string;
            counterparty?: string;
            /**
             * @description For resident letters: how it goes (post: see the print queue)
             * @enum {string}
             */
            delivery?: "email" | "post" | "undeliverable";
            /** @enum {string} */
            direction: "inbound" | "outbound";
            id: string;
            /** @enum {string} */
            kind: "phone" | "letter" | "email" | "in_person" | "note";
            /** @description For posted or held letters: its id in the print queue (GET /v1/letters/{id}.pdf) */
            letterId?: string;
            /** @description For letters the system sent: receipt, response, reminder ... */
            letterKind?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            occurredAt: string;
            providerMessageId?: string;
            rawKey?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            recordedAt: string;
            recordedBy: string;
            summary: string;
        };
        CorrespondenceInput: {
            counterparty?: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            kind: "phone" | "letter" | "email" | "in_person" | "note";
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            occurredAt?: string;
            summary: string;
        };
        CorrespondenceList: {
            items: components["schemas"]["Correspondence"][];
        };
        Definition: {
            excludedParts: {
                description: string;
                explanation: string;
                ground: string;
            }[];
            notResponsibleFor: string[];
            outcomesSought: string[];
            understanding: string;
        };
        EndRestriction: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            endedOn?: string;
            reason: string;
        };
        Error: {
            error: {
                /** @enum {string} */
                code: "invalid_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "payload_too_large" | "unsupported_media_type" | "rule_violation" | "internal";
                /**
                 * @description Always present. invalid_request: the fields at fault, [{ field, message }]. Otherwise an object: rule_violation { provision }, payload_too_large { limitBytes, receivedBytes }, unsupported_media_type { contentType }, unauthorized { reason }, internal { requestId }; {} when there is nothing more to say.
                 * @example [
                 *       {
                 *         "field": "resident.name",
                 *         "message": "Required"
                 *       }
                 *     ]
                 */
                details: {
                    field: string;
                    message: string;
                }[] | {
                    [key: string]: unknown;
                };
                /** @example the request does not match the schema */
                message: string;
            };
        };
        Escalate: {
            parts?: string[];
            reason?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            requestedAt?: string;
        };
        Extend: {
            goodReason?: string;
            reason: string;
            updateEveryWorkingDays?: number;
            workingDays: number;
        };
        FinancialYear: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            from: string;
            /** @example 2025/26 */
            label: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            to: string;
            year: number;
        };
        GovernanceLandlordRecord: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            completedOn?: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            date: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            dueBy?: string;
            evidence?: string;
            id: string;
            /** @enum {string} */
            kind: "complaint_handling_failure_order" | "annual_performance_report" | "other_report";
            reference?: string;
            response?: string;
            /** @enum {string} */
            status?: "open" | "overdue" | "completed";
            summary: string;
            title: string;
        };
        GovernanceLearningItem: {
            category?: string;
            complaintReference: string;
            improvement: {
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                completedOn?: string;
                description: string;
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                dueBy: string;
                evidence?: string;
                id: string;
                owner: string;
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                recordedOn: string;
            };
            lessons?: string;
            rootCause?: string;
            /** @enum {string} */
            status: "open" | "overdue" | "completed";
        };
        GovernanceOrderItem: {
            complaintReference: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            determinedOn: string;
            ombudsmanReference: string;
            order: {
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                completedOn?: string;
                description: string;
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                dueBy: string;
                evidence?: string;
                id: string;
            };
            severe: boolean;
            /** @enum {string} */
            status: "open" | "overdue" | "completed";
        };
        GovernancePeriodFigures: {
            byCategory: {
                /** @description Empty: not categorised */
                category: string;
                stage1: number;
                stage2: number;
            }[];
            improvements: components["schemas"]["ItemProgress"];
            ombudsman: {
                determinations: number;
                findings: {
                    maladministration: number;
                    no_maladministration: number;
                    outside_jurisdiction: number;
                    reasonable_redress: number;
                    service_failure: number;
                    severe_maladministration: number;
                };
                referrals: number;
            };
            orders: components["schemas"]["ItemProgress"];
            outcomes: {
                stage1: {
                    not_upheld: number;
                    partly_upheld: number;
                    upheld: number;
                };
                stage2: {
                    not_upheld: number;
                    partly_upheld: number;
                    upheld: number;
                };
            };
            period: components["schemas"]["ReportPeriod"];
            received: components["schemas"]["StageCounts"];
            refused: components["schemas"]["StageCounts"];
            respondedOnTimePercent: {
                stage1: number | null;
                stage2: number | null;
            };
            timeliness: {
                stage1: {
                    acknowledge: components["schemas"]["AcknowledgeTimeliness"];
                    respond: components["schemas"]["RespondTimeliness"];
                };
                stage2: {
                    acknowledge: components["schemas"]["AcknowledgeTimeliness"];
                    respond: components["schemas"]["RespondTimeliness"];
                };
            };
        };
        GovernanceReport: {
            current: components["schemas"]["GovernancePeriodFigures"];
            landlordRecords: {
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                asOf: string;
                /** @description Dated in the period, and every order still open */
                items: components["schemas"]["GovernanceLandlordRecord"][];
                openOrders: number;
                overdueOrders: number;
            };
            learning: {
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                asOf: string;
                completedInPeriod: number;
                items: components["schemas"]["GovernanceLearningItem"][];
                notListed: number;
                open: number;
                overdue: number;
            };
            ombudsmanOrders: {
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                asOf: string;
                items: components["schemas"]["GovernanceOrderItem"][];
                notListed: number;
                open: number;
                overdue: number;
                severeOpen: number;
            };
            overdueNow: {
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                asOf: string;
                items: {
                    complaintId: string;
                    complaintReference: string;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    dueBy: string;
                    step: string;
                    what: string;
                }[];
                total: number;
            };
            previous: components["schemas"]["GovernancePeriodFigures"];
            trends: {
                byCategory: {
                    category: string;
                    stage1: components["schemas"]["Change"];
                    stage2: components["schemas"]["Change"];
                }[];
                received: {
                    stage1: components["schemas"]["Change"];
                    stage2: components["schemas"]["Change"];
                };
            };
        };
        GoverningBodyResponse: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            recordedOn?: string;
            text: string;
        };
        GoverningBodyResponseRecorded: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            recordedOn: string;
            text: string;
            year: number;
        };
        GroupComplaintInput: {
            /**
             * @description `lead`: the complaint’s resident acts for the others (letters to the lead); `each`: every resident is written to
             * @enum {string}
             */
            basis: "lead" | "each";
            members: {
                address?: string;
                /** @enum {string} */
                contactPreference?: "email" | "post";
                /** Format: email */
                email?: string;
                /**
                 * @description `resident` is the complaint’s own resident (a group’s lead); others are group member ids
                 * @example resident
                 */
                id: string;
                name: string;
                phone?: string;
                tenancyRef?: string;
            }[];
        };
        IntakeOutcome: {
            complaintId?: string;
            /** @enum {string} */
            outcome: "logged" | "attached" | "duplicate";
            reference?: string;
        };
        IssueOutcome: {
            complaint: components["schemas"]["Complaint"];
            newComplaint?: components["schemas"]["Complaint"] & unknown;
            /** @enum {string} */
            outcome: "added" | "logged_as_new_complaint";
        };
        ItemProgress: {
            completedLate: number;
            completedOnTime: number;
            created: number;
            openAtEnd: number;
        };
        LandlordSettings: {
            /**
             * @default [
             *       "Repairs",
             *       "Damp and mould",
             *       "Anti-social behaviour case handling",
             *       "Staff conduct",
             *       "Communication",
             *       "Rent and service charges",
             *       "Estate services",
             *       "Lettings and allocations",
             *       "Neighbourhood and tenancy management",
             *       "Gas and building safety",
             *       "Adaptations",
             *       "Complaint handling",
             *       "Other"
             *     ]
             */
            categories?: string[];
            /**
             * @default with_extensions
             * @enum {string}
             */
            ch02Rule?: "with_extensions" | "strict_acknowledgement";
            /** @default [] */
            closureDays?: string[];
            /** Format: email */
            complaintsOfficerEmail: string;
            /** @enum {string} */
            division: "england-and-wales" | "scotland" | "northern-ireland";
            escalationWindowWorkingDays?: number;
            /** @default 4 */
            financialYearStartMonth?: number;
            /** Format: email */
            fromAddress?: string;
            homes: number;
            /** @default [] */
            homesByTenure?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                asOf: string;
                lowCostHomeOwnership: number;
                lowCostRental: number;
            }[];
            inboundAddresses: string[];
            name: string;
            phone?: string;
            postalAddress?: string;
            /** @default 2 */
            reminderLeadWorkingDays?: number;
            /** @example Europe/London */
            timeZone: string;
        };
        LandlordSettingsView: {
            categories?: string[];
            /** @enum {string} */
            ch02Rule?: "with_extensions" | "strict_acknowledgement";
            closureDays: string[];
            complaintsOfficerEmail: string;
            /** @enum {string} */
            division: "england-and-wales" | "scotland" | "northern-ireland";
            escalationWindowWorkingDays?: number;
            financialYearStartMonth: number;
            fromAddress?: string;
            homes: number;
            homesByTenure?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                asOf: string;
                lowCostHomeOwnership: number;
                lowCostRental: number;
            }[];
            /** @description The landlord's id (from the token) */
            id: string;
            inboundAddresses: string[];
            /** @example Riverside Homes */
            name: string;
            /** @description printed on posted letters */
            phone?: string;
            /** @description printed on posted letters */
            postalAddress?: string;
            reminderLeadWorkingDays: number;
            /** @example Europe/London */
            timeZone: string;
        };
        Learning: {
            category?: string;
            improvements?: {
                description: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueBy: string;
                id?: string;
                owner: string;
            }[];
            lessons?: string;
            rootCause?: string;
        };
        LearningItem: {
            category?: string;
            complaintReference: string;
            improvement: {
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                completedOn?: string;
                description: string;
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                dueBy: string;
                evidence?: string;
                id: string;
                owner: string;
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                recordedOn: string;
            };
            lessons?: string;
            rootCause?: string;
        };
        Matter: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            arose: string;
            /** @enum {string} */
            basis: "occurred" | "became_aware";
            discretion?: string;
        };
        Merge: {
            into: string;
            reason?: string;
            /** @description Confirms that two complaints whose resident details differ are one person’s (otherwise a 400) */
            sameResident?: boolean;
        };
        MergeOutcome: {
            complaint: components["schemas"]["Complaint"];
            into: components["schemas"]["Complaint"];
        };
        NewComplaint: {
            category?: string;
            /** @enum {string} */
            channel: "email" | "phone" | "web" | "letter" | "in_person" | "social_media" | "representative" | "member_enquiry";
            description: string;
            matter?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                arose: string;
                /** @enum {string} */
                basis: "occurred" | "became_aware";
                discretion?: string;
            };
            reasonableAdjustments?: string[];
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            receivedAt?: string;
            representative?: components["schemas"]["RepresentativeAtLogging"];
            resident: {
                address?: string;
                /** @enum {string} */
                contactPreference?: "email" | "post";
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
                tenancyRef?: string;
            };
            serviceRequestId?: string;
            /** @enum {string} */
            tenure?: "low_cost_rental" | "low_cost_home_ownership";
        };
        NewIssue: {
            description: string;
            /** @default [] */
            outcomesSought?: string[];
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            raisedAt?: string;
            /** @description 6.8: the handler judges that adding it would unreasonably delay the stage 1 response */
            wouldDelayResponse?: boolean;
        };
        NewNoComplaintRecord: {
            /** @enum {string} */
            channel: "email" | "phone" | "web" | "letter" | "in_person" | "social_media" | "representative" | "member_enquiry";
            /** @description what the resident was dissatisfied about */
            description: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            raisedAt?: string;
            /** @description why they asked for no complaint to be logged */
            reason: string;
            /** @description needs an email or a postal address: the letter says how to complain later */
            resident: {
                address?: string;
                /** @enum {string} */
                contactPreference?: "email" | "post";
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
                tenancyRef?: string;
            };
            serviceRequestId?: string;
        };
        NewOmbudsmanLandlordRecord: {
            /**
             * Format: date
             * @description The date of the order or report; not in the future
             * @example 2026-03-31
             */
            date: string;
            /**
             * Format: date
             * @description Orders only: the date set for compliance
             * @example 2026-03-31
             */
            dueBy?: string;
            /** @enum {string} */
            kind: "complaint_handling_failure_order" | "annual_performance_report" | "other_report";
            reference?: string;
            summary: string;
            title: string;
        };
        NewServiceRequest: {
            category?: string;
            /** @enum {string} */
            channel: "email" | "phone" | "web" | "letter" | "in_person" | "social_media" | "representative" | "member_enquiry";
            description: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            receivedAt?: string;
            resident: {
                address?: string;
                /** @enum {string} */
                contactPreference?: "email" | "post";
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
                tenancyRef?: string;
            };
        };
        NoComplaintRecord: {
            /** @enum {string} */
            channel: "email" | "phone" | "web" | "letter" | "in_person" | "social_media" | "representative" | "member_enquiry";
            description: string;
            id: string;
            letter?: {
                /** @enum {string} */
                delivery: "email" | "post";
                id: string;
            };
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            raisedAt: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            raisedOn: string;
            reason: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            recordedAt: string;
            recordedBy: string;
            /** @example NC-2026-0B7F6A52 */
            reference: string;
            resident: {
                address?: string;
                /** @enum {string} */
                contactPreference?: "email" | "post";
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
                tenancyRef?: string;
            };
            serviceRequestId?: string;
        };
        NoComplaintRecordPage: {
            items: components["schemas"]["NoComplaintRecord"][];
            nextCursor?: string;
        };
        OmbudsmanDetermination: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            determinedOn: string;
            findings: {
                element: string;
                /** @enum {string} */
                finding: "severe_maladministration" | "maladministration" | "service_failure" | "reasonable_redress" | "no_maladministration" | "outside_jurisdiction";
            }[];
            /** @default [] */
            orders?: {
                description: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueBy: string;
            }[];
        };
        OmbudsmanDirection: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            directedOn: string;
            direction: string;
            ombudsmanReference: string;
        };
        OmbudsmanLandlordRecord: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            completedOn?: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            date: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            dueBy?: string;
            evidence?: string;
            id: string;
            /** @enum {string} */
            kind: "complaint_handling_failure_order" | "annual_performance_report" | "other_report";
            reference?: string;
            response?: string;
            summary: string;
            title: string;
        };
        OmbudsmanLandlordRecordList: {
            items: components["schemas"]["OmbudsmanLandlordRecord"][];
        };
        OmbudsmanReferral: {
            reference: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            referredOn: string;
        };
        PostedLetter: {
            complaintId: string;
            createdAt: string;
            id: string;
            kind: string;
            /** @description waiting to print for more than one working day */
            overdue: boolean;
            postalAddress?: string;
            postedBy?: string;
            postedOn?: string;
            postedRecordedAt?: string;
            /** @description when the complaints officer was alerted that it waited too long to print */
            printAlertedAt?: string;
            reason?: string;
            recipientName: string;
            reference: string;
            stage?: number;
            /** @enum {string} */
            status: "to_print" | "posted" | "undeliverable";
        };
        QuarantineAttach: {
            complaintId: string;
        };
        QuarantineDismiss: {
            reason?: string;
        };
        QuarantineEntry: {
            attachments?: {
                contentType: string;
                filename: string;
                n: number;
                size: number;
            }[];
            complaintId?: string;
            detail: string;
            from?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            handledAt?: string;
            /** @description The officer who released, attached or dismissed it */
            handledBy?: string;
            id: string;
            messageId?: string;
            /** @description The reason given for a dismissal */
            note?: string;
            /**
             * @description What a release became
             * @enum {string}
             */
            outcome?: "logged" | "attached" | "duplicate" | "quarantined";
            /** @enum {string} */
            reason: "spam" | "virus" | "oversize" | "unparseable" | "automatic" | "message_id_reused" | "unprocessable";
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            receivedAt: string;
            reference?: string;
            size: number;
            /** @enum {string} */
            status: "held" | "released" | "attached" | "dismissed";
            subject?: string;
        };
        QuarantineList: {
            items: components["schemas"]["QuarantineEntry"][];
        };
        Reason: {
            reason?: string;
        };
        ReasonableAdjustmentsInput: {
            adjustments: {
                /**
                 * @description preferred_channel only
                 * @enum {string}
                 */
                channel?: "email" | "post";
                /** @description Required for interpreter (the language), named_contact_time (when) and other */
                detail?: string;
                /** @enum {string} */
                kind: "large_print" | "phone_calls" | "interpreter" | "named_contact_time" | "preferred_channel" | "other";
            }[];
            /**
             * Format: date
             * @example 2026-12-01
             */
            agreedOn: string;
            disabilityDisclosed: boolean;
            /**
             * Format: date
             * @example 2026-12-01
             */
            reviewBy: string;
        };
        ReasonableAdjustmentsList: {
            items: {
                adjustments: {
                    /** @enum {string} */
                    channel?: "email" | "post";
                    detail?: string;
                    /** @enum {string} */
                    kind: "large_print" | "phone_calls" | "interpreter" | "named_contact_time" | "preferred_channel" | "other";
                }[];
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                agreedOn: string;
                disabilityDisclosed?: boolean;
                /**
                 * Format: date-time
                 * @example 2026-11-24T10:15:00.000Z
                 */
                recordedAt?: string;
                recordedBy?: string;
                residentId: string;
                residentName: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                reviewBy?: string;
                /**
                 * @description `free_text`: logged before 5.10 was recorded properly; not yet reviewed
                 * @enum {string}
                 */
                source: "recorded" | "free_text";
            }[];
        };
        Refuse: {
            explanation: string;
            /** @enum {string} */
            ground: "over_12_months" | "legal_proceedings" | "previously_considered" | "other";
            /**
             * Format: date-time
             * @description a late escalation request refused after closing or withdrawal (5.11): when the resident asked
             * @example 2026-11-24T10:15:00Z
             */
            requestedAt?: string;
        };
        ReportHomesCount: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            asOf: string;
            lowCostHomeOwnership: number;
            lowCostRental: number;
        } | null;
        ReportPeriod: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            from: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            to: string;
        };
        ReportRebuild: {
            applied: number;
            complaints: number;
        };
        /** @description Who made the complaint for the resident (3.6). Without `consent` they are recorded as awaiting it: letters go to the resident, and the acknowledgement asks for it. */
        RepresentativeAtLogging: {
            address?: string;
            consent?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                givenOn: string;
                /**
                 * @description Who the resident agreed letters go to (3.6)
                 * @enum {string}
                 */
                lettersTo: "representative" | "resident" | "both";
                /** @enum {string} */
                method: "written" | "email" | "phone" | "in_person" | "online_form" | "other";
                note?: string;
            };
            /** Format: email */
            email?: string;
            name: string;
            phone?: string;
            relationship: string;
        };
        RepresentativeInput: {
            address?: string;
            consent: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                givenOn: string;
                /**
                 * @description Who the resident agreed letters go to (3.6)
                 * @enum {string}
                 */
                lettersTo: "representative" | "resident" | "both";
                /** @enum {string} */
                method: "written" | "email" | "phone" | "in_person" | "online_form" | "other";
                note?: string;
            };
            /** Format: email */
            email?: string;
            name: string;
            phone?: string;
            relationship: string;
        };
        Respond: {
            /** @enum {string} */
            decision: "upheld" | "partly_upheld" | "not_upheld";
            /** @default [] */
            outstandingActions?: {
                description: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueBy: string;
            }[];
            reasons: string;
            /** @default [] */
            remedies?: {
                /** @description GBP */
                amount?: number;
                description: string;
                /** @description given in the response itself (e.g. the apology): done now, no dueBy */
                done?: boolean;
                /**
                 * Format: date
                 * @description 7.3: by when it will be done; required unless done
                 * @example 2026-12-01
                 */
                dueBy?: string;
                /** @enum {string} */
                kind: "apology" | "acknowledgement" | "explanation" | "action_on_delay" | "decision_changed" | "record_amended" | "financial" | "policy_change";
            }[];
        };
        RespondTimeliness: {
            late: number;
            percentOnTime: number | null;
            total: number;
            withinExtension: number;
            withinGoodReasonExtension: number;
            withinTimescale: number;
        };
        Restriction: {
            channels: ("phone" | "email" | "letter" | "in_person" | "social_media")[];
            decidedBy: string;
            ended?: {
                by: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                on: string;
                reason: string;
            };
            id: string;
            proportionality: string;
            reasons: {
                detail: string;
                /** @enum {string} */
                kind: "abusive_or_threatening" | "harassment" | "unreasonable_persistence" | "excessive_contact" | "reasonable_adjustment_need" | "other";
            }[];
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            recordedAt: string;
            recordedBy: string;
            residentId: string;
            restriction: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            reviewBy: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            reviewedAt?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startsOn: string;
        };
        RestrictionInput: {
            channels: ("phone" | "email" | "letter" | "in_person" | "social_media")[];
            decidedBy: string;
            /** @description What was considered to make it proportionate, with regard to the Equality Act 2010 (5.15) */
            proportionality: string;
            reasons: {
                detail: string;
                /** @enum {string} */
                kind: "abusive_or_threatening" | "harassment" | "unreasonable_persistence" | "excessive_contact" | "reasonable_adjustment_need" | "other";
            }[];
            /**
             * @description `resident` is the complaint’s own resident (a group’s lead); others are group member ids
             * @example resident
             */
            residentId: string;
            /** @description What the resident may still do, e.g. "one call a week, to the named officer" */
            restriction: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            reviewBy: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startsOn: string;
        };
        RestrictionList: {
            items: components["schemas"]["Restriction"][];
        };
        SelfAssessment: {
            financialYear: components["schemas"]["FinancialYear"];
            rows: components["schemas"]["SelfAssessmentRow"][];
        };
        SelfAssessmentEntry: {
            commentary?: string;
            /** @enum {string} */
            compliant: "yes" | "no" | "not_applicable";
            evidence: string;
        };
        SelfAssessmentEntryRecorded: {
            commentary?: string;
            /** @enum {string} */
            compliant: "yes" | "no" | "not_applicable";
            evidence: string;
            provision: string;
            year: number;
        };
        SelfAssessmentRow: {
            commentary: string;
            /** @enum {string} */
            compliance: "yes" | "no" | "not_applicable" | "undetermined";
            computed?: {
                /** @enum {string} */
                compliance?: "yes" | "no";
                enforced: boolean;
                evidence: string;
            };
            evidence: string[];
            landlord?: {
                commentary?: string;
                /** @enum {string} */
                compliant: "yes" | "no" | "not_applicable";
                evidence: string;
            };
            provision: string;
            requirement: string;
            section: number;
            sectionTitle: string;
            warning?: string;
        };
        ServiceRequest: {
            category?: string;
            /** @enum {string} */
            channel: "email" | "phone" | "web" | "letter" | "in_person" | "social_media" | "representative" | "member_enquiry";
            /**
             * Format: date
             * @example 2026-12-01
             */
            closedOn?: string;
            complaints: {
                complaintId: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                loggedOn: string;
                reference: string;
            }[];
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            createdAt: string;
            description: string;
            id: string;
            note?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            receivedAt: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            receivedOn: string;
            resident: {
                address?: string;
                /** @enum {string} */
                contactPreference?: "email" | "post";
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
                tenancyRef?: string;
            };
            /** @enum {string} */
            status: "open" | "resolved" | "cancelled";
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        ServiceRequestComplaint: {
            category?: string;
            /** @enum {string} */
            channel?: "email" | "phone" | "web" | "letter" | "in_person" | "social_media" | "representative" | "member_enquiry";
            description: string;
            matter?: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                arose: string;
                /** @enum {string} */
                basis: "occurred" | "became_aware";
                discretion?: string;
            };
            reasonableAdjustments?: string[];
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00Z
             */
            receivedAt?: string;
            representative?: components["schemas"]["RepresentativeAtLogging"];
            resident?: {
                address?: string;
                /** @enum {string} */
                contactPreference?: "email" | "post";
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
                tenancyRef?: string;
            };
            /** @enum {string} */
            tenure?: "low_cost_rental" | "low_cost_home_ownership";
        };
        ServiceRequestEvent: {
            actor: {
                roles: string[];
                userId: string;
            };
            after: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            at: string;
            before: {
                [key: string]: unknown;
            };
            seq: number;
            serviceRequestId: string;
            /** @enum {string} */
            type: "recorded" | "resolved" | "cancelled" | "reopened" | "complaint_logged";
        };
        ServiceRequestEventList: {
            items: components["schemas"]["ServiceRequestEvent"][];
        };
        ServiceRequestPage: {
            items: components["schemas"]["ServiceRequest"][];
            nextCursor?: string;
        };
        ServiceRequestStatus: {
            /** @description what was done, or why it was cancelled (required to cancel) */
            note?: string;
            /** @enum {string} */
            status: "open" | "resolved" | "cancelled";
        };
        SettingsEvent: {
            actor: {
                roles: string[];
                userId: string;
            };
            after: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-24T10:15:00.000Z
             */
            at: string;
            before: {
                [key: string]: unknown;
            };
            /** @description The settings version this change produced */
            version: number;
        };
        SettingsEventList: {
            items: components["schemas"]["SettingsEvent"][];
        };
        StaffList: {
            items: components["schemas"]["StaffMember"][];
        };
        StaffMember: {
            active: boolean;
            email: string;
            /** @example h1 */
            id: string;
            name: string;
            userId?: string;
        };
        StaffMemberInput: {
            /** @default true */
            active?: boolean;
            /** Format: email */
            email: string;
            name: string;
            /** @description The staff member's login (the token's sub): 6.13 compares people, not staff ids */
            userId?: string;
        };
        StageCounts: {
            stage1: number;
            stage2: number;
        };
        StageRecord: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            acknowledgedOn?: string;
            /** @enum {string} */
            decision?: "upheld" | "partly_upheld" | "not_upheld";
            definition?: components["schemas"]["Definition"];
            extensions: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                decidedOn: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                from: string;
                goodReason?: string;
                reason: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                to: string;
                updateEveryWorkingDays?: number;
                workingDays: number;
            }[];
            handlerId?: string;
            /** @description The handler's login when acknowledged (6.13 compares people) */
            handlerUserId?: string;
            reasons?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            receivedOn: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            respondedOn?: string;
        };
        Tenure: {
            /** @enum {string} */
            tenure: "low_cost_rental" | "low_cost_home_ownership";
        };
        TsmFigures: {
            byTenure: {
                low_cost_home_ownership: components["schemas"]["TsmTenureFigures"];
                low_cost_rental: components["schemas"]["TsmTenureFigures"];
            };
            homes: components["schemas"]["ReportHomesCount"];
            notes: string[];
            period: components["schemas"]["ReportPeriod"];
            /** @enum {string} */
            rule: "with_extensions" | "strict_acknowledgement";
            tenureNotRecorded: {
                received: number;
                responded: number;
            };
        };
        TsmReport: {
            byTenure: {
                low_cost_home_ownership: components["schemas"]["TsmTenureFigures"];
                low_cost_rental: components["schemas"]["TsmTenureFigures"];
            };
            /** @description As published: CH01 to one decimal place, CH02 as a percentage */
            display: {
                low_cost_home_ownership: {
                    ch01_1: string;
                    ch01_2: string;
                    ch02_1: string;
                    ch02_2: string;
                };
                low_cost_rental: {
                    ch01_1: string;
                    ch01_2: string;
                    ch02_1: string;
                    ch02_2: string;
                };
            };
            homes: components["schemas"]["ReportHomesCount"];
            notes: string[];
            period: components["schemas"]["ReportPeriod"];
            /** @enum {string} */
            rule: "with_extensions" | "strict_acknowledgement";
            tenureNotRecorded: {
                received: number;
                responded: number;
            };
        };
        TsmTenureFigures: {
            ch01: {
                stage1: components["schemas"]["Ch01Figure"];
                stage2: components["schemas"]["Ch01Figure"];
            };
            ch02: {
                stage1: components["schemas"]["Ch02Figure"];
                stage2: components["schemas"]["Ch02Figure"];
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
    listComplaints: {
        parameters: {
            query?: {
                cursor?: string;
                dueBefore?: string;
                handler?: string;
                limit?: number;
                overdue?: "true" | "false";
                stage?: "1" | "2";
                status?: "stage1_received" | "stage1_acknowledged" | "stage1_responded" | "stage2_received" | "stage2_acknowledged" | "stage2_responded" | "refused" | "withdrawn" | "merged" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List complaints: newest first; soonest due first with dueBefore; longest overdue first with overdue=true */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPage"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewComplaint"];
            };
        };
        responses: {
            /** @description Log a stage 1 complaint from any channel (1.2); receivedAt may be in the past, never the future */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getComplaint: {
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
            /** @description One complaint with its deadlines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acknowledgeComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Acknowledge"];
            };
        };
        responses: {
            /** @description Acknowledge, define and assign (6.2, 6.11; 5.6, 5.7); at stage 2 the handler differs from stage 1 (6.13) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeAction: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mark a remedy or outstanding action complete (6.6, 6.17), also after closing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadCaseFile: {
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
            /** @description application/pdf, or application/zip when asked for by Accept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description On AWS: a redirect to a short-lived link to the bytes */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description Close after the final response or the escalation window */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCorrespondence: {
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
            /** @description Letters, emails and calls in and out, oldest first (5.12) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrespondenceList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logCorrespondence: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrespondenceInput"];
            };
        };
        responses: {
            /** @description Log a call, letter or visit on the complaint record (5.12). An outbound call, letter, email or visit (not a note) is contact with the resident: it is the update an agreed interval asks for (5.9). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Correspondence"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    escalateComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Escalate"];
            };
        };
        responses: {
            /** @description Escalate to stage 2 at the resident’s request (6.10-6.12); after closing or withdrawal this reopens the complaint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComplaintEvents: {
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
            /** @description The audit trail (5.12), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    extendComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Extend"];
            };
        };
        responses: {
            /** @description Extend the response deadline (6.4, 6.15); beyond the limit, with a good reason and an agreed update interval (5.9) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putGroupComplaint: {
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
                "application/json": components["schemas"]["GroupComplaintInput"];
            };
        };
        responses: {
            /** @description Record the other residents a group complaint covers, led by the complaint’s resident or each in their own right */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeGroupComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Make a group complaint a single resident’s complaint again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    raiseComplaintIssue: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewIssue"];
            };
        };
        responses: {
            /** @description 6.8: add a related issue to a stage 1 complaint before its response (updated acknowledgement, same deadlines), or log it as a new linked complaint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueOutcome"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordLearning: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Learning"];
            };
        };
        responses: {
            /** @description Record category, root cause, lessons and service improvements (9.1-9.3) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordLearningImprovementsComplete: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
                improvementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    evidence?: string;
                };
            };
        };
        responses: {
            /** @description Complete a service improvement, with evidence of what changed (9.1) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordComplaintMatter: {
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
                "application/json": components["schemas"]["Matter"];
            };
        };
        responses: {
            /** @description 2.3: when the matter arose (or the resident became aware), and the discretion used to accept one over 12 months old */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    mergeComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Merge"];
            };
        };
        responses: {
            /** @description Merge this duplicate into another complaint (both change together); its resident is told the reference to use */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeOutcome"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordOmbudsmanDetermination: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OmbudsmanDetermination"];
            };
        };
        responses: {
            /** @description Record the Ombudsman’s determination: a finding per element and any orders (9.7c) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptOnOmbudsmanDirection: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OmbudsmanDirection"];
            };
        };
        responses: {
            /** @description 2.4: take on a refused complaint at the Ombudsman’s direction; it returns to the stage it was refused at with fresh deadlines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordOmbudsmanOrdersComplete: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    evidence: string;
                };
            };
        };
        responses: {
            /** @description Complete an Ombudsman order, with evidence (9.7c) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordOmbudsmanReferral: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OmbudsmanReferral"];
            };
        };
        responses: {
            /** @description Record that the resident went to the Housing Ombudsman (8.1c, 9.7c) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReasonableAdjustments: {
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
            /** @description The reasonable adjustments agreed with each resident on the complaint (5.10), free text of older complaints included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReasonableAdjustmentsList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putReasonableAdjustments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                residentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonableAdjustmentsInput"];
            };
        };
        responses: {
            /** @description Record the adjustments agreed with one resident, whether a disability was disclosed, and the review date (5.10) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeReasonableAdjustments: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
                residentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adjustments agreed with one resident no longer apply (5.10) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refuseComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Refuse"];
            };
        };
        responses: {
            /** @description Refuse to accept (2.4) or to escalate (5.11), also a late request after closing or withdrawal (6.10) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putRepresentative: {
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
                "application/json": components["schemas"]["RepresentativeInput"];
            };
        };
        responses: {
            /** @description Nominate or change the resident’s representative, with the resident’s consent and who letters go to (3.6) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeRepresentative: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resident withdrew the nomination: letters go to the resident again (3.6) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    respondComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Respond"];
            };
        };
        responses: {
            /** @description Record the response (6.9, 6.19); each remedy says by when (7.3) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRestrictions: {
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
            /** @description Restrictions on how residents on the complaint may contact the landlord, ended ones included (5.14) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestrictionList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordRestriction: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestrictionInput"];
            };
        };
        responses: {
            /** @description Record a contact restriction with its reasons, proportionality, who decided and a review date (5.14); never for a need for reasonable adjustments (5.15) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reviewRestriction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                restrictionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestrictionInput"];
            };
        };
        responses: {
            /** @description Review a restriction: it continues as given until the next review date (5.14, 5.15) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endRestriction: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
                restrictionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndRestriction"];
            };
        };
        responses: {
            /** @description Lift a restriction, with the reason; it stays on the record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordTenure: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Tenure"];
            };
        };
        responses: {
            /** @description Record the resident’s tenure (TSM CH01, CH02 are per tenure) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawComplaint: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description The resident withdrew the complaint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLandlordSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's landlord settings (defaults until saved) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandlordSettingsView"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putLandlordSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LandlordSettings"];
            };
        };
        responses: {
            /** @description Save the landlord settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandlordSettingsView"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLandlordEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every change to the landlord settings: who, when, and the fields before and after */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsEventList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLetters: {
        parameters: {
            query?: {
                cursor?: string;
                delivery?: "post";
                limit?: number;
                status?: "to_print" | "posted" | "undeliverable";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Posted resident letters across complaints, oldest first: waiting to print, posted, or undeliverable (with the reason) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PostedLetter"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadLetterPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as an A4 PDF (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description On AWS: a redirect to a short-lived link to the bytes */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markLetterPosted: {
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
                    /**
                     * Format: date
                     * @description the day it went in the post; today (landlord time) when absent
                     * @example 2026-12-01
                     */
                    postedOn?: string;
                };
            };
        };
        responses: {
            /** @description Record that a letter waiting to print was posted, and on which day (recorded as correspondence and on the audit trail, 5.12) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostedLetter"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    printWaitingLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every letter waiting to print, as one A4 PDF (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description On AWS: a redirect to a short-lived link to the bytes */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNoComplaintRecords: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
                limit?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dissatisfaction recorded without a complaint, newest first, raised between from and to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoComplaintRecordPage"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordNoComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewNoComplaintRecord"];
            };
        };
        responses: {
            /** @description Record that a resident expressed dissatisfaction but asked for no complaint (FAQ); they are sent how to complain later and the Ombudsman’s details */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoComplaintRecord"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNoComplaintRecord: {
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
            /** @description One record of dissatisfaction without a complaint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoComplaintRecord"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOmbudsmanLandlordRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Ombudsman’s orders and reports about the landlord, by date (8.1c, e, f) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OmbudsmanLandlordRecordList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordOmbudsmanLandlordRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOmbudsmanLandlordRecord"];
            };
        };
        responses: {
            /** @description Record a complaint handling failure order or an Ombudsman report about the landlord (8.1c, e, f), audited; the annual and governance reports list it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OmbudsmanLandlordRecord"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeOmbudsmanLandlordOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteOmbudsmanLandlordOrder"];
            };
        };
        responses: {
            /** @description Record that the landlord complied with a complaint handling failure order, with evidence (8.1c), audited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OmbudsmanLandlordRecord"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This OpenAPI 3 document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listQuarantine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Inbound mail held for a person to check, newest first, with its status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarantineList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    attachQuarantined: {
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
                "application/json": components["schemas"]["QuarantineAttach"];
            };
        };
        responses: {
            /** @description Attach a held message to one of the landlord’s complaints as inbound correspondence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeOutcome"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadQuarantinedAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment, with the content type its sender declared when well formed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description On AWS: a redirect to a short-lived link to the bytes */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dismissQuarantined: {
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
                "application/json": components["schemas"]["QuarantineDismiss"];
            };
        };
        responses: {
            /** @description Dismiss a held message: it is kept, marked dismissed with who, when and an optional reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarantineEntry"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadQuarantinedMessage: {
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
            /** @description The message as received (message/rfc822) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description On AWS: a redirect to a short-lived link to the bytes */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    releaseQuarantined: {
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
            /** @description Process a held message as a person’s email: log it as a complaint or attach it to the one it names (automatic senders are never receipted) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeOutcome"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnnualReport: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The annual complaints report for the landlord’s financial year starting in `year` (8.1, 8.2); text/csv or a printable text/html page by Accept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReport"];
                    "text/csv": string;
                    "text/html": string;
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putGoverningBodyResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoverningBodyResponse"];
            };
        };
        responses: {
            /** @description The governing body’s response to the annual report, published with it (8.2), audited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoverningBodyResponseRecorded"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGovernanceReport: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report to the Member Responsible for Complaints and the governing body for a period, against the period before (9.6, 9.7); a printable text/html page by Accept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceReport"];
                    "text/html": string;
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rebuildReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recompute this landlord’s report counters from its complaint records (safe while changes continue) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRebuild"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSelfAssessment: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The self-assessment against the Code for a financial year, one row per provision on the form (8.1a, 8.3); text/csv by Accept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessment"];
                    "text/csv": string;
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTsmReport: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TSM CH01 and CH02 per tenure for a period, with numerators and denominators; text/csv by Accept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TsmReport"];
                    "text/csv": string;
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSelfAssessmentEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provision: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfAssessmentEntry"];
            };
        };
        responses: {
            /** @description The landlord’s own answer, evidence and commentary for one provision of the self-assessment (8.3), audited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentEntryRecorded"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listServiceRequests: {
        parameters: {
            query?: {
                complaint?: "true" | "false";
                cursor?: string;
                from?: string;
                limit?: number;
                status?: "open" | "resolved" | "cancelled";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Service requests, newest received first; by status, received between from and to, and whether they led to a complaint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestPage"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordServiceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewServiceRequest"];
            };
        };
        responses: {
            /** @description Record a service request (1.4): a request to put something right, not a complaint */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequest"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServiceRequest: {
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
            /** @description One service request, with the complaints logged from it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequest"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logComplaintFromServiceRequest: {
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
                "application/json": components["schemas"]["ServiceRequestComplaint"];
            };
        };
        responses: {
            /** @description Log dissatisfaction with a service request as a stage 1 complaint (1.5); the request carries on */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rule_violation: the Code does not allow this now (details.provision names the provision) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listServiceRequestEvents: {
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
            /** @description The service request’s trail, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestEventList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setServiceRequestStatus: {
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
                "application/json": components["schemas"]["ServiceRequestStatus"];
            };
        };
        responses: {
            /** @description Resolve, cancel (with a note) or reopen a service request; complaints logged from it are unaffected (1.5) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequest"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The landlord's complaint handlers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffList"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putStaffMember: {
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
                "application/json": components["schemas"]["StaffMemberInput"];
            };
        };
        responses: {
            /** @description Add or update a staff member (name and email for reminders) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description invalid_request: the request does not match the schema (details lists the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unauthorized: no valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: the caller's roles do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such record for this landlord */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: the record changed since it was read (If-Match), or the write conflicts with its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal: an internal error (details.requestId to quote) */
            500: {
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
