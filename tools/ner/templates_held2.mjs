// A second held-out set, written after the model had been tuned against the
// errors on templates_held.mjs: its score is the one nothing was fitted to.

export const PREAMBLES = ['Can you check this?\n', 'Context:\n', '[ticket]\n', 'Assistant, please redact:\n', ''];
export const SUFFIXES = ['', '\n-- sent from mobile', ' Thx.', '\n\nBest,\nOps'];

export const TEMPLATES = [
    'Our new tenant, {P}, moves into {ST} on {DATE}.',
    'Quick one: did {PF} ever get back to you about {OC}?',
    'The landlord {P} lives abroad in {K}.',
    'Flight {ID} from {C} was delayed; {P} missed the meeting with {OC}.',
    'Please book a table for {PF} and {PF2} somewhere near {C} station.',
    'Claimant: {P}. Employer at the time: {OC}. Location of incident: {C}, {R}.',
    '{P} has been with {OB} since {DATE} and wants to close the account.',
    'Re the {OH} referral: {PT} needs the notes by {DAY}.',
    'Background check on {P} ({NAT}) came back clean.',
    'Our {C} office hosts {P}, a {REL} chaplain, every {DAY}.',
    'Who handles {K} accounts at {OC}? {PF} thinks it is {P}.',
    'I met {P} in {C}; she now works at {OK}.',
    'Update: {P} relocated from {C} to {C2} and switched banks to {OB}.',
    'The order for {P} ships to {A} via {OC}.',
    '{PF} said the {PROD} from {OC} broke after a week.',
    'Add {P} ({PEMAIL}) to the {C} mailing list.',
    'Mentor: {P}; mentee: {P2}; site: {OC}, {C}.',
    'Kindly confirm that {P} resides at {A}.',
    '{OC} sponsors the {C} marathon; contact {P} for passes.',
    'Emergency: {P} collapsed at {ST}, {C}; ambulance from {OH}.',
    'Salut {PF}, on se voit à {C} ?',
    'Ciao {PF}, ci vediamo a {C} con {P2}.',
    'Hola {PF}, ¿llegaste bien a {C}?',
    'Cześć {PF}, jestem już w {C}.',
    'Profile: {P}; age {AGE}; {NAT}; {REL}; lives in {C}.',
    'Tax residency: {K}. Citizenship: {NAT}.',
    'Schedule: Monday Review, Tuesday Planning, Friday Retro.',
    'Turn on Auto Save and Spell Check in Word.',
    'Fresh Garden Salad and Roast Chicken are on today.',
    'Pick the Blue or Silver finish for the {PROD}.',
    'Use Title Case for Product Names in the {TC} guide.',
    'Drew up the plan; Mark will review it.',
    'Sterling rose against the dollar on {DAY}.',
    'Hope to see you at the {TC} on {DATE}.',
    '{IDX} was flagged; {P} must re-verify at {OB}.',
    '{"payee": "{P}", "payee_bank": "{OB}", {IDJ}}',
    'recipient={P};city={C};country={K}',
];
export const TEMPLATES_EXTRA = [];
