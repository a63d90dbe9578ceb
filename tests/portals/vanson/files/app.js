import{c as r}from"./vendor.b81e07aa.js";fetch("/api/v1/bai-viet?trang=1").then(t=>t.json()).then(t=>r(t).mount("#app"));
