Apply this patch only once the ${handWork} site(s) the cover letter leaves
for hand work are converted: until then the tree does not build with
${option} on.
