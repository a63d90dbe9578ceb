export function c(t){return{mount(e){}}}
