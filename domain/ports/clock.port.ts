/** Time comes in from outside so the domain stays pure and the local stack can move it forward. */
export interface Clock {
  now(): Date;
}
