// What other areas use of supervision: a leader's own contact points and visits (the home page).
export { MyContactPoints } from "./components/my-contact-points";
export { rectificationFiltersOf, rectificationWhere } from "./queries-rectifications";
